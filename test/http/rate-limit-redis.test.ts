import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/neo4j.js';
import type { ApiServer } from '../../src/server.js';
import { sharedDatabase, startTestServer } from '../support/graph.js';
import { freePort } from '../../bench/server-process.js';
import { waitForLine } from '../support/processes.js';

// Two API servers (two processes' worth) sharing one budget through a real redis-server, started
// here on a free port. Debian: apt-get install redis-server.
const REDIS = spawnSync('redis-server', ['--version']).status === 0;
if (!REDIS) console.warn('rate-limit-redis.test.ts: SKIPPED, no redis-server on PATH (Debian: apt-get install redis-server)');

const PAGE = '{ places(first: 20) { edges { node { id name } } } }';

async function post(url: string, query: string): Promise<{ status: number; remaining: number }> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  await res.arrayBuffer();
  return { status: res.status, remaining: Number(res.headers.get('ratelimit-remaining')) };
}

describe.skipIf(!REDIS)('rate limit in Redis (needs redis-server)', () => {
  let redis: ChildProcess;
  let db: Database;
  let a: ApiServer;
  let b: ApiServer;

  beforeAll(async () => {
    const port = await freePort();
    redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await waitForLine(redis, /(Ready to accept connections)/, 30_000);
    db = sharedDatabase();
    const rateLimit = { points: 100, windowSeconds: 3_600, redisUrl: `redis://127.0.0.1:${port}` };
    [a, b] = await Promise.all([startTestServer(db, { rateLimit }), startTestServer(db, { rateLimit })]);
  });

  afterAll(async () => {
    await a?.close();
    await b?.close();
    await db?.close();
    if (redis && redis.exitCode === null) {
      redis.kill();
      await once(redis, 'exit');
    }
  });

  it('shares one budget between servers: what one charged, the other counts', async () => {
    expect(await post(a.url, PAGE)).toEqual({ status: 200, remaining: 58 });
    expect(await post(b.url, PAGE)).toEqual({ status: 200, remaining: 16 });
    expect(await post(a.url, PAGE)).toEqual({ status: 429, remaining: 16 });
    expect((await post(b.url, PAGE)).status).toBe(429);
  });

  it('keeps limiting in each process while Redis is away, rather than failing requests', async () => {
    redis.kill();
    await once(redis, 'exit');
    // A fresh budget in this process's memory: the shared one cannot be read.
    expect(await post(a.url, PAGE)).toEqual({ status: 200, remaining: 58 });
    expect(await post(a.url, PAGE)).toEqual({ status: 200, remaining: 16 });
    expect((await post(a.url, PAGE)).status).toBe(429);
  });
});
