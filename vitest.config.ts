import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One real Neo4j, started and seeded once per run, shared by every test file.
    globalSetup: ['test/support/global-setup.ts'],
    pool: 'forks',
    // Generous: some tests start a JVM of their own, and CI machines are shared.
    testTimeout: 240_000,
    hookTimeout: 180_000,
    teardownTimeout: 60_000,
  },
});
