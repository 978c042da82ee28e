import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/neo4j.js';
import type { EmbeddedNeo4j } from '../src/neo4j/launcher.js';
import type { ApiServer } from '../src/server.js';
import { graphql, startTestServer } from './support/graph.js';
import { startServer, waitForStatus } from './neo4j/main-process.js';
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

const STATS = '{ graphStats { nodeCount } }';
const stats = () => graphql<{ graphStats: { nodeCount: number } }>(api.url, STATS);

/**
 * Stats from a Neo4j just back. Its first statements are planned by a cold JVM, which on a busy
 * machine can outlast the 10 s query timeout: retry a TIMEOUT for a minute, and nothing else.
 */
async function statsOnceWarm(url: string) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const res = await graphql<{ graphStats: { nodeCount: number } }>(url, STATS);
    if (res.errors?.[0]?.extensions?.code !== 'TIMEOUT' || Date.now() > deadline) return res;
  }
}

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
    expect(failed.data).toEqual({ graphStats: null });
    expect(failed.errors?.[0]).toMatchObject({ extensions: { code: 'UNAVAILABLE' }, path: ['graphStats'] });
    expect(failed.errors?.[0]?.message).toMatch(/unavailable/i);
    // Fails fast rather than hanging: a generous bound, far below the driver's default 30 s retries.
    expect(Date.now() - started).toBeLessThan(15_000);
    expect((await fetch(`${api.url}/health/live`)).status).toBe(200);

    await neo4j.start();
    await db.waitUntilReady(60_000);
    expect((await fetch(`${api.url}/health/ready`)).status).toBe(200);
    const recovered = await statsOnceWarm(api.url);
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

describe('npm start with NEO4J_URI, when that server stops and comes back', () => {
  // The private Neo4j stands in for a server the user runs; the API is a process of its own, as deployed.
  it.each(['bolt', 'neo4j'])(
    '%s://: UNAVAILABLE and not ready while it is down, serving again once it is back, with no restart and liveness 200',
    async (scheme) => {
      const server = await startServer(`external-${scheme}`, {
        NEO4J_URI: neo4j.uri.replace(/^bolt:/, `${scheme}:`),
        SEED_ON_START: 'false',
      });
      const status = async (path: string) => (await fetch(`${server.url}${path}`)).status;
      try {
        expect((await statsOnceWarm(server.url)).data?.graphStats).toBeDefined();

        await neo4j.stop();
        await waitForStatus(`${server.url}/health/ready`, 503, 15_000);
        const failed = await graphql(server.url, STATS);
        expect(failed.errors?.[0]?.extensions?.code).toBe('UNAVAILABLE');
        expect(await status('/health/live')).toBe(200);

        await neo4j.start();
        const readyMs = await waitForStatus(`${server.url}/health/ready`, 200, 120_000);
        console.log(`NEO4J_URI ${scheme}://: ready ${readyMs} ms after the server was started again`);
        const recovered = await statsOnceWarm(server.url);
        expect(recovered.errors).toBeUndefined();
        expect(recovered.data?.graphStats.nodeCount).toBe(0);
        expect(await status('/health/live')).toBe(200);
        // The same process throughout: nothing of it exited or started a Neo4j of its own.
        expect(server.child.exitCode).toBeNull();
        expect(server.log.some((l) => /^Neo4j is listening|^restarting Neo4j/.test(l.msg))).toBe(false);
      } finally {
        expect(await server.stop()).toBe(0);
      }
    },
  );
});
