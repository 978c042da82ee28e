import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnTs, waitForLine } from '../test/support/processes.js';

export interface ServerProcess {
  url: string;
  /** The Node server's pid (Neo4j runs in a JVM of its own). */
  pid: number;
  /** SIGTERM, then SIGKILL if it has not exited within 20 s. */
  stop(): Promise<void>;
}

/** How to tell that the child serves: the first capture of a stdout line is its base URL, or a URL answers 200. */
export type Readiness = { line: RegExp } | { poll: string };

const START_TIMEOUT_MS = 180_000;
const STOP_GRACE_MS = 20_000;

/** A free TCP port on the loopback interface, for a child that only says it is ready through a health URL. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function pollUntilOk(child: ChildProcess, url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`${url}: the server exited (${child.exitCode ?? child.signalCode}) before answering`);
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
  await exited;
  clearTimeout(timer);
}

/** Runs a TypeScript server entry point as a separate process and resolves once it serves. */
export async function startServerProcess(file: string, env: NodeJS.ProcessEnv, readiness: Readiness): Promise<ServerProcess> {
  const child = spawnTs(file, [], env);
  // Its stderr goes to ours (warnings, crashes); a pipe left unread would block it once full.
  child.stderr!.pipe(process.stderr);
  try {
    let url: string;
    if ('line' in readiness) url = await waitForLine(child, readiness.line, START_TIMEOUT_MS);
    else {
      child.stdout!.resume();
      await pollUntilOk(child, readiness.poll, START_TIMEOUT_MS);
      url = new URL(readiness.poll).origin;
    }
    return { url, pid: child.pid!, stop: () => stopChild(child) };
  } catch (err) {
    await stopChild(child);
    throw err;
  }
}

export interface SeededServer extends ServerProcess {
  /** Sends one operation; returns a short description of what went wrong, or null. */
  graphql(query: string): Promise<string | null>;
}

/** Starts `src/main.ts` as a separate process on free ports, with its own embedded Neo4j, seeded. */
export async function spawnServer(): Promise<SeededServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'livegraph-bench-'));
  // Its load comes from one address: the rate limit would measure itself, not the server.
  const env = { PORT: '0', NEO4J_URI: '', NEO4J_BOLT_PORT: '0', NEO4J_DATA_DIR: dataDir, LOG_LEVEL: 'info', RATE_LIMIT_POINTS: '0' };
  const server = await startServerProcess('src/main.ts', env, { line: /"url":"(http:\/\/[^"]+)"/ }).catch((err: unknown) => {
    rmSync(dataDir, { recursive: true, force: true });
    throw err;
  });
  return {
    ...server,
    async graphql(query) {
      try {
        const res = await fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query }),
        });
        const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
        if (res.status >= 500) return `HTTP ${res.status}`;
        return body.errors ? String(body.errors[0]?.extensions?.code ?? 'error') : null;
      } catch (err) {
        return `network: ${(err as Error).message}`;
      }
    },
    async stop() {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
