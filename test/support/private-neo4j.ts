import path from 'node:path';
import { inject } from 'vitest';
import { Database } from '../../src/db/neo4j.js';
import { EmbeddedNeo4j } from '../../src/neo4j/launcher.js';

/** A Neo4j of a test file's own, for tests that stop it or rewrite its graph without disturbing the others. */
export async function startPrivateNeo4j(name: string): Promise<{ neo4j: EmbeddedNeo4j; db: Database; close: () => Promise<void> }> {
  const neo4j = new EmbeddedNeo4j({ dataDir: path.join(inject('dataRoot'), name), boltPort: 0, heap: '512m', startTimeoutMs: 120_000 });
  const uri = await neo4j.start();
  const db = new Database({ uri, username: 'neo4j', password: '', database: undefined });
  await db.waitUntilReady(60_000);
  return {
    neo4j,
    db,
    close: async () => {
      await db.close();
      await neo4j.stop();
    },
  };
}
