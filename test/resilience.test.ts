import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/neo4j.js';
import type { EmbeddedNeo4j } from '../src/neo4j/launcher.js';
import type { ApiServer } from '../src/server.js';
import { graphql, startTestServer } from './support/graph.js';
import { startPrivateNeo4j } from './support/private-neo4j.js';

// A Neo4j of its own, so that stopping it does not disturb the other test files.
let neo4j: EmbeddedNeo4j;
let db: Database;
let closeNeo4j: () => Promise<void>;
let api: ApiServer;

beforeAll(async () => {
  ({ neo4j, db, close: closeNeo4j } = await startPrivateNeo4j('fault'));
  api = await startTestServer(db);
});
afterAll(async () => {
  await api.close();
  await closeNeo4j();
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
