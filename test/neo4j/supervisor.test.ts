import { createServer, type Server } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { isRunning, waitForExit } from '../support/processes.js';
import { startServer, waitForStatus, type ServerProcess } from './main-process.js';

// `npm start` in a child process, its embedded Neo4j killed with SIGKILL under traffic: the
// supervisor must log the exit, restart the JVM and bring readiness back without a restart of
// the API; and when restarts cannot help, fail liveness so that an orchestrator restarts it all.

const servers: ServerProcess[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
});

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** The HTTP status, or 0 when the request failed (the server gone). */
const status = (url: string) =>
  fetch(url).then(
    (res) => res.status,
    () => 0,
  );

async function stats(url: string): Promise<{ nodeCount?: number; code?: string; failed?: string }> {
  try {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ graphStats { nodeCount } }' }),
    });
    const body = (await res.json()) as {
      data?: { graphStats: { nodeCount: number } | null } | null;
      errors?: { extensions?: { code?: string } }[];
    };
    return { nodeCount: body.data?.graphStats?.nodeCount, code: body.errors?.[0]?.extensions?.code };
  } catch (err) {
    return { failed: (err as Error).message };
  }
}

/** Polls until `probe` is true; the milliseconds it took, or throws after `timeoutMs`. */
async function until(what: string, probe: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (!(await probe())) {
    if (Date.now() - started > timeoutMs) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await pause(100);
  }
  return Date.now() - started;
}

/** Clients sending requests until stopped (each 50 ms after its last answer, not to starve the JVM of CPU), and what they got. */
function traffic(url: string, clients: number) {
  const outcomes: Awaited<ReturnType<typeof stats>>[] = [];
  let running = true;
  const loops = Array.from({ length: clients }, async () => {
    while (running) {
      outcomes.push(await stats(url));
      await pause(50);
    }
  });
  return {
    outcomes,
    stop: async () => {
      running = false;
      await Promise.all(loops);
    },
  };
}

describe('supervision of the embedded Neo4j', () => {
  it('restarts a JVM killed with SIGKILL on the same port and data, logs the exit, and keeps liveness at 200; gives up at the crash limit', async () => {
    const server = await startServer('supervised', {
      NEO4J_RESTART_BACKOFF_MS: '200',
      NEO4J_CRASH_LIMIT: '2',
      SEED_ON_START: 'true',
    });
    servers.push(server);
    const { url } = server;
    const first = await server.jvm(0, 10_000);
    const seeded = (await stats(url)).nodeCount!;
    expect(seeded).toBeGreaterThan(50);

    // Liveness sampled all along the outage; ten clients keep the driver's pool busy.
    const live: number[] = [];
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        live.push(await status(`${url}/health/live`));
        await pause(200);
      }
    })();
    const load = traffic(url, 10);
    let readyMs: number;
    let second: { pid: number; uri: string };
    let restarted;
    let before: number;
    try {
      await pause(500);
      process.kill(first.pid, 'SIGKILL');
      const exit = await server.waitForLog((l) => l.msg === 'Neo4j exited unexpectedly', 10_000);
      expect(exit).toMatchObject({ pid: first.pid, signal: 'SIGKILL', code: null });
      expect(exit.level).toBeGreaterThanOrEqual(50);
      expect(await status(`${url}/health/ready`)).toBe(503);

      readyMs = await waitForStatus(`${url}/health/ready`, 200, 150_000);
      second = await server.jvm(1, 1_000);
      restarted = await server.waitForLog((l) => l.msg === 'Neo4j restarted', 1_000);
      // Requests after recovery must all answer; give the clients a few rounds.
      before = load.outcomes.length;
      await until('traffic after recovery', async () => load.outcomes.length >= before + 40, 60_000);
    } finally {
      await load.stop();
      sampling = false;
      await sampler;
    }
    const after = load.outcomes.slice(before + 10);
    const codes = [...new Set(load.outcomes.map((o) => o.code ?? o.failed ?? 'ok'))];
    const readyAfterRestart = Date.now() - Date.parse(String(restarted.time));
    console.log(
      `SIGKILL: ready again after ${readyMs} ms (JVM down ${Number(restarted.downMs)} ms, restarted ${readyAfterRestart} ms before the test saw ready and 40 more requests); ${load.outcomes.length} requests (${codes.join(', ')})`,
    );

    expect(second.uri).toBe(first.uri);
    expect(second.pid).not.toBe(first.pid);
    expect(after.every((o) => o.nodeCount === seeded)).toBe(true);
    expect(load.outcomes.every((o) => o.failed === undefined)).toBe(true);
    expect(live.length).toBeGreaterThan(5);
    expect(live.every((s) => s === 200)).toBe(true);

    // The second crash within the window reaches NEO4J_CRASH_LIMIT: no more restarts, liveness fails.
    process.kill(second.pid, 'SIGKILL');
    await server.waitForLog((l) => l.msg.startsWith('gave up on Neo4j'), 10_000);
    const res = await fetch(`${url}/health/live`);
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: 'failed', reason: expect.stringMatching(/exited 2 times within/) });
    expect(await status(`${url}/health/ready`)).toBe(503);
    await pause(1_000);
    expect(server.log.filter((l) => l.msg === 'restarting Neo4j')).toHaveLength(1);
    expect(await server.stop()).toBe(0);
  });

  it('gives up after NEO4J_RESTART_ATTEMPTS failed restarts (the Bolt port taken), and /health/live answers 503 saying why', async () => {
    const server = await startServer('unrestartable', {
      NEO4J_RESTART_ATTEMPTS: '1',
      // Time for the test to take the port before the one restart.
      NEO4J_RESTART_BACKOFF_MS: '2000',
      NEO4J_START_TIMEOUT_MS: '60000',
    });
    servers.push(server);
    const { url } = server;
    const { pid, uri } = await server.jvm(0, 10_000);
    const port = Number(new URL(uri.replace('bolt:', 'http:')).port);

    process.kill(pid, 'SIGKILL');
    expect(await waitForExit(pid, 10_000)).toBe(true);
    const squatter: Server = createServer((socket) => socket.destroy());
    await new Promise<void>((resolve, reject) => squatter.once('error', reject).listen(port, '127.0.0.1', resolve));
    try {
      await server.waitForLog((l) => l.msg === 'Neo4j exited unexpectedly' && l.signal === 'SIGKILL', 10_000);
      expect((await fetch(`${url}/health/live`)).status).toBe(200);
      const failed = await server.waitForLog((l) => l.msg === 'Neo4j restart failed', 120_000);
      console.log(`restart on a taken port: ${String(failed.err)}`);
      const res = await fetch(`${url}/health/live`);
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({
        status: 'failed',
        reason: expect.stringMatching(/could not be restarted: 1 attempts failed/),
      });
      expect(await status(`${url}/health/ready`)).toBe(503);
      // No JVM left behind by the failed start.
      const jvms = server.log.filter((l) => /^Neo4j is listening/.test(l.msg));
      expect(jvms).toHaveLength(1);
      expect(isRunning(pid)).toBe(false);
    } finally {
      squatter.close();
    }
    expect(await server.stop()).toBe(0);
  });
});
