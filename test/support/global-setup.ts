import { rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { Database, type Connection } from '../../src/db/neo4j.js';
import { EmbeddedNeo4j } from '../../src/neo4j/launcher.js';
import { seedGraph } from '../../src/seed/seed.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Connection;
    /** This run's own data folder, so that runs side by side never share or wipe each other's. */
    dataRoot: string;
  }
}

const RUNS_ROOT = path.resolve('.data/test');

/**
 * Starts a Neo4j for this run on a free port with a fresh data folder (or uses NEO4J_URI),
 * and loads the seeds into it with --reset. Every integration test reads this one graph.
 */
export default async function setup(project: TestProject) {
  const dataRoot = path.join(RUNS_ROOT, `run-${process.pid}`);
  rmSync(dataRoot, { recursive: true, force: true });
  project.provide('dataRoot', dataRoot);
  let embedded: EmbeddedNeo4j | undefined;
  let connection: Connection;
  if (process.env.NEO4J_URI) {
    connection = {
      uri: process.env.NEO4J_URI,
      username: process.env.NEO4J_USERNAME ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? '',
      database: process.env.NEO4J_DATABASE,
    };
  } else {
    embedded = new EmbeddedNeo4j({
      dataDir: path.join(dataRoot, 'shared'),
      boltPort: 0,
      heap: '1g',
      startTimeoutMs: 120_000,
      log: (msg) => console.log(`[neo4j] ${msg}`),
    });
    connection = { uri: await embedded.start(), username: 'neo4j', password: '', database: undefined };
  }
  const db = new Database(connection);
  try {
    await db.waitUntilReady(60_000);
    await seedGraph(db, { reset: true });
  } finally {
    await db.close();
  }
  project.provide('neo4j', connection);
  return async () => {
    await embedded?.stop();
    rmSync(dataRoot, { recursive: true, force: true });
  };
}
