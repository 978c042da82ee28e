import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../src/db/neo4j.js';
import { EmbeddedNeo4j } from '../src/neo4j/launcher.js';
import type { ApiServer } from '../src/server.js';
import { TEST_DATA_ROOT } from './support/global-setup.js';
import { graphql, startTestServer } from './support/graph.js';

// A Neo4j of its own, so that stopping it does not disturb the other test files.
const neo4j = new EmbeddedNeo4j({ dataDir: path.join(TEST_DATA_ROOT, 'fault'), boltPort: 0, heap: '512m', startTimeoutMs: 120_000 });
let db: Database;
let api: ApiServer;

beforeAll(async () => {
  const uri = await neo4j.start();
  db = new Database({ uri, username: 'neo4j', password: '', database: undefined });
  await db.waitUntilReady(60_000);
  api = await startTestServer(db);
});
afterAll(async () => {
  await api.close();
  await db.close();
  await neo4j.stop();
});

const stats = () => graphql<{ graphStats: { nodeCount: number } }>(api.url, '{ graphStats { nodeCount } }');

describe('when Neo4j stops under a running server', () => {
  it('reports not ready and a clear UNAVAILABLE error, quickly, then recovers when Neo4j is back', async () => {
    expect((await stats()).data?.graphStats.nodeCount).toBe(0);

    await neo4j.stop();
    const started = Date.now();
    const ready = await fetch(`${api.url}/health/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: 'unavailable', checks: { neo4j: 'down' } });
    const failed = await stats();
    expect(failed.status).toBe(200);
    expect(failed.data).toBeNull();
    expect(failed.errors?.[0]).toMatchObject({ extensions: { code: 'UNAVAILABLE' }, path: ['graphStats'] });
    expect(failed.errors?.[0]?.message).toMatch(/unavailable/i);
    // Fails fast rather than hanging: a generous bound, far below the driver's default 30 s retries.
    expect(Date.now() - started).toBeLessThan(15_000);
    expect((await fetch(`${api.url}/health/live`)).status).toBe(200);

    await neo4j.start();
    await db.waitUntilReady(60_000);
    expect((await fetch(`${api.url}/health/ready`)).status).toBe(200);
    const recovered = await stats();
    expect(recovered.errors).toBeUndefined();
    expect(recovered.data?.graphStats.nodeCount).toBe(0);
  });
});
