import { createRequire } from 'node:module';
import { configDefaults, defineConfig } from 'vitest/config';

// Two layers (README, Tests): `unit` runs every *.unit.test.ts, pure code that needs no Neo4j and no
// Java; `integration` runs every other *.test.ts, against the one Neo4j its global setup starts.
const UNIT = 'test/**/*.unit.test.ts';

export default defineConfig({
  // Node resolves `graphql` to its CommonJS build, for Apollo and for us alike; Vite would pick the
  // ESM build for our files, and a schema from one copy fails instanceof checks of the other.
  resolve: { alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }] },
  test: {
    pool: 'forks',
    // A run-wide setting: time for the global setup to stop its Neo4j when Vitest shuts down.
    teardownTimeout: 60_000,
    projects: [
      {
        // Inherits the alias and the pool above.
        extends: true,
        test: {
          name: 'unit',
          include: [UNIT],
          // No JVM to wait for, but CI machines are shared: a busy core can stretch a 1 s test to several.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, UNIT],
          // One real Neo4j, started and seeded once per run, shared by every test file.
          globalSetup: ['test/support/global-setup.ts'],
          // Generous: some tests start a JVM of their own, and CI machines are shared.
          testTimeout: 240_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
