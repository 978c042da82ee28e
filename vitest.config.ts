import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Node resolves `graphql` to its CommonJS build, for Apollo and for us alike; Vite would pick the
  // ESM build for our files, and a schema from one copy fails instanceof checks of the other.
  resolve: { alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }] },
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
