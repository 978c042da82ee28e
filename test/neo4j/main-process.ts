import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { inject } from 'vitest';
import { spawnTs } from '../support/processes.js';

/** One line of the server's JSON log. */
export type LogLine = { level: number; msg: string; [key: string]: unknown };

/** `npm start` in a child process, and its log as it comes. */
export interface ServerProcess {
  child: ChildProcess;
  url: string;
  /** Every log line so far, in order. */
  log: LogLine[];
  /** Resolves with the first line from index `from` on that `match` accepts; rejects after `timeoutMs`. */
  waitForLog(match: (line: LogLine) => boolean, timeoutMs: number, from?: number): Promise<LogLine>;
  /** The embedded Neo4j's pid and Bolt URI, as logged at its `nth` start (0 the first). */
  jvm(nth: number, timeoutMs: number): Promise<{ pid: number; uri: string }>;
  /** SIGTERM, and the exit code. */
  stop(): Promise<number | null>;
}

const LISTENING = /^Neo4j is listening on (\S+) \(pid (\d+)\)$/;

/**
 * Starts src/main.ts on a free port over an embedded Neo4j in `dataRoot/name` (or the NEO4J_URI
 * that `env` gives); `env` adds to or overrides the defaults.
 */
export async function startServer(name: string, env: Record<string, string>): Promise<ServerProcess> {
  const child = spawnTs('src/main.ts', [], {
    PORT: '0',
    NEO4J_URI: '',
    NEO4J_BOLT_PORT: '0',
    NEO4J_DATA_DIR: path.join(inject('dataRoot'), name),
    NEO4J_HEAP: '512m',
    LOG_LEVEL: 'info',
    SEED_ON_START: 'false',
    ...env,
  });
  const log: LogLine[] = [];
  const waiters = new Set<() => void>();
  createInterface({ input: child.stdout! }).on('line', (text) => {
    try {
      log.push(JSON.parse(text) as LogLine);
    } catch {
      log.push({ level: 30, msg: text });
    }
    for (const wake of waiters) wake();
  });
  let exited = false;
  child.once('exit', () => {
    exited = true;
    for (const wake of waiters) wake();
  });

  const waitForLog = (match: (line: LogLine) => boolean, timeoutMs: number, from = 0) =>
    new Promise<LogLine>((resolve, reject) => {
      const check = () => {
        const found = log.slice(from).find(match);
        if (found || exited) {
          clearTimeout(timer);
          waiters.delete(check);
          if (found) resolve(found);
          else reject(new Error(`the server exited before the log line expected:\n${tail()}`));
        }
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`no log line as expected within ${timeoutMs} ms:\n${tail()}`));
      }, timeoutMs);
      waiters.add(check);
      check();
    });
  const tail = () =>
    log
      .slice(-15)
      .map((l) => JSON.stringify(l))
      .join('\n');

  const jvm = async (nth: number, timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    let from = 0;
    for (let i = 0; ; i++) {
      const line = await waitForLog((l) => LISTENING.test(l.msg), Math.max(0, deadline - Date.now()), from);
      from = log.indexOf(line) + 1;
      if (i < nth) continue;
      const [, uri, pid] = LISTENING.exec(line.msg)!;
      return { uri: uri!, pid: Number(pid) };
    }
  };

  const url = String((await waitForLog((l) => l.msg === 'API listening', 180_000)).url);
  return {
    child,
    url,
    log,
    waitForLog,
    jvm,
    stop: async () => {
      if (exited) return child.exitCode;
      child.kill('SIGTERM');
      const [code] = await once(child, 'exit');
      return code as number | null;
    },
  };
}

/** Polls `url` until it answers `expected`; the milliseconds that took, or throws after `timeoutMs`. */
export async function waitForStatus(url: string, expected: number, timeoutMs: number): Promise<number> {
  const started = Date.now();
  for (;;) {
    const status = await fetch(url).then(
      (res) => res.status,
      () => 0,
    );
    if (status === expected) return Date.now() - started;
    if (Date.now() - started > timeoutMs) throw new Error(`${url} did not answer ${expected} within ${timeoutMs} ms (last: ${status})`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
