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

  it('under steady traffic: fails fast with UNAVAILABLE while Neo4j is down, never 5xx, and recovers without a restart', async () => {
    interface Outcome {
      at: number;
      ms: number;
      status: number;
      code: string | undefined;
    }
    const outcomes: Outcome[] = [];
    let running = true;
    // Four clients, each sending its next request as soon as the last one answers.
    const client = async () => {
      while (running) {
        const at = Date.now();
        const res = await stats();
        outcomes.push({ at, ms: Date.now() - at, status: res.status, code: res.errors?.[0]?.extensions?.code });
      }
    };
    const clients = Array.from({ length: 4 }, client);
    const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

    await pause(1_000);
    await neo4j.stop();
    const stoppedAt = Date.now();
    await pause(3_000);
    expect((await fetch(`${api.url}/health/ready`)).status).toBe(503);
    expect((await fetch(`${api.url}/health/live`)).status).toBe(200);
    const startingAt = Date.now();
    await neo4j.start();
    await db.waitUntilReady(60_000);
    const restartedAt = Date.now();
    const after = () => outcomes.filter((o) => o.at > restartedAt);
    for (let waited = 0; after().length < 8 && waited < 30_000; waited += 250) await pause(250);
    running = false;
    await Promise.all(clients);

    // While Neo4j is down (stopped, not yet starting): refused connections, answered fast.
    const down = outcomes.filter((o) => o.at > stoppedAt && o.at + o.ms < startingAt);
    const slowest = (os: Outcome[]) => Math.max(...os.map((o) => o.ms));
    const codes = [...new Set(outcomes.map((o) => o.code ?? 'ok'))].sort();
    console.log(
      `fault under traffic: ${outcomes.length} requests (${codes}); down: ${down.length}, slowest ${slowest(down)} ms; overall slowest ${slowest(outcomes)} ms; ${after().length} after the restart`,
    );
    expect(outcomes.every((o) => o.status < 500)).toBe(true);
    expect(down.length).toBeGreaterThan(0);
    expect(down.every((o) => o.code === 'UNAVAILABLE')).toBe(true);
    expect(slowest(down)).toBeLessThan(5_000);
    // While the JVM starts, Bolt may accept connections before the database serves; such a request
    // waits for it, bounded by the transaction timeout (TIMEOUT), the driver's budget (UNAVAILABLE).
    expect(codes.every((c) => ['ok', 'UNAVAILABLE', 'TIMEOUT'].includes(c))).toBe(true);
    expect(slowest(outcomes)).toBeLessThan(30_000);
    expect(after().length).toBeGreaterThanOrEqual(8);
    expect(after().every((o) => o.code === undefined)).toBe(true);
  });
});
