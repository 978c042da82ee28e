import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { ensureLauncherBuilt } from './install.js';

export interface EmbeddedNeo4jOptions {
  dataDir: string;
  /** 0 picks a free port on the first start; restarts keep the port it got. */
  boltPort: number;
  heap: string;
  /** Neo4j's page cache, like 2g; the launcher's 256m when unset. Big graphs read faster with more. */
  pagecache?: string;
  startTimeoutMs: number;
  log?: (msg: string) => void;
}

/** How a started JVM ended when nobody asked it to stop: a crash, an out-of-memory exit, a kill. */
export interface Neo4jExit {
  pid: number | undefined;
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Its last lines of output, where a JVM says why it died (empty after a SIGKILL). */
  output: string[];
}

/** Raised when the embedded Neo4j does not come up in time or dies while starting. */
export class Neo4jStartError extends Error {
  override name = 'Neo4jStartError';
}

/**
 * The file in the data folder that names the Bolt URI of the Neo4j serving it, while it runs: other
 * processes (npm run cypher) use that Neo4j rather than start a second one on the same folder.
 */
export const RUNNING_FILE = 'livegraph-bolt.json';

export interface RunningNeo4j {
  uri: string;
  /** The JVM's pid. */
  pid: number;
}

/** The Neo4j serving `dataDir` according to its RUNNING_FILE, if that file names a process that still runs. */
export function runningNeo4j(dataDir: string): RunningNeo4j | undefined {
  let running: Partial<RunningNeo4j>;
  try {
    running = JSON.parse(readFileSync(path.join(path.resolve(dataDir), RUNNING_FILE), 'utf8')) as Partial<RunningNeo4j>;
  } catch {
    return undefined;
  }
  if (typeof running.uri !== 'string' || !/^bolt:\/\//.test(running.uri) || !Number.isInteger(running.pid)) return undefined;
  try {
    // Signal 0 only asks whether the process exists: a file left by a killed server names a dead pid.
    process.kill(running.pid!, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return undefined;
  }
  return { uri: running.uri, pid: running.pid! };
}

const READY = /^BOLT_READY (bolt:\/\/\S+)$/;
const STOP_GRACE_MS = 20_000;

/**
 * A Neo4j Community DBMS run in a child JVM with Bolt on 127.0.0.1. The JVM reads our end of a
 * pipe on its stdin and exits when that closes, so it dies with this process whatever kills it.
 */
export class EmbeddedNeo4j {
  private child: ChildProcess | undefined;
  private port: number;
  private boltUri: string | undefined;
  private readonly exitListeners = new Set<(exit: Neo4jExit) => void>();
  private runningFile: string | undefined;

  constructor(private readonly opts: EmbeddedNeo4jOptions) {
    this.port = opts.boltPort;
  }

  /** The Bolt URI once started. */
  get uri(): string {
    if (!this.boltUri) throw new Error('Embedded Neo4j has not been started');
    return this.boltUri;
  }

  /** The JVM's process id while it runs. */
  get pid(): number | undefined {
    return this.child?.exitCode === null ? this.child.pid : undefined;
  }

  /**
   * Calls `listener` when a started JVM exits without stop() having been called, so that
   * something can restart it; returns an unsubscribe function. A clean stop() never calls it.
   */
  onUnexpectedExit(listener: (exit: Neo4jExit) => void): () => void {
    this.exitListeners.add(listener);
    return () => this.exitListeners.delete(listener);
  }

  async start(): Promise<string> {
    if (this.child) return this.uri;
    const classpath = await ensureLauncherBuilt(this.opts.log);
    const dataDir = path.resolve(this.opts.dataDir);
    mkdirSync(dataDir, { recursive: true });
    const child = spawn(
      'java',
      [
        `-Xmx${this.opts.heap}`,
        '-XX:+UseG1GC',
        '-cp',
        classpath,
        'org.livegraph.Launcher',
        '--data',
        dataDir,
        '--port',
        String(this.port),
        ...(this.opts.pagecache ? ['--pagecache', this.opts.pagecache] : []),
      ],
      { stdio: ['pipe', 'pipe', 'pipe'] },
    );
    this.child = child;
    const tail: string[] = [];
    const remember = (line: string) => {
      tail.push(line);
      if (tail.length > 30) tail.shift();
    };
    createInterface({ input: child.stderr! }).on('line', remember);

    try {
      this.boltUri = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(
          () =>
            reject(
              new Neo4jStartError(`Neo4j did not open Bolt within ${this.opts.startTimeoutMs} ms (data: ${dataDir}).\n${tail.join('\n')}`),
            ),
          this.opts.startTimeoutMs,
        );
        createInterface({ input: child.stdout! }).on('line', (line) => {
          const m = READY.exec(line);
          if (m) {
            clearTimeout(timer);
            resolve(m[1]!);
          } else remember(line);
        });
        child.once('exit', (code, signal) => {
          clearTimeout(timer);
          reject(new Neo4jStartError(`Neo4j exited while starting (code ${code}, signal ${signal}).\n${tail.join('\n')}`));
        });
        child.once('error', (err) => {
          clearTimeout(timer);
          reject(new Neo4jStartError(`Could not run java: ${err.message}`));
        });
      });
    } catch (err) {
      await this.stop();
      throw err;
    }
    this.port = Number(new URL(this.boltUri.replace('bolt://', 'http://')).port);
    this.runningFile = path.join(dataDir, RUNNING_FILE);
    writeFileSync(this.runningFile, `${JSON.stringify({ uri: this.boltUri, pid: child.pid! } satisfies RunningNeo4j)}\n`);
    child.once('exit', (code, signal) => {
      // stop() forgets the child before ending it: one still current here died on its own.
      if (this.child !== child) return;
      this.child = undefined;
      for (const listener of this.exitListeners) listener({ pid: child.pid, code, signal, output: [...tail] });
    });
    this.opts.log?.(`Neo4j is listening on ${this.boltUri} (pid ${child.pid})`);
    return this.boltUri;
  }

  /** Stops the JVM: closes its stdin (clean shutdown), and kills it if it lingers. */
  async stop(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (this.runningFile) rmSync(this.runningFile, { force: true });
    this.runningFile = undefined;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.stdin?.end();
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    await exited;
    clearTimeout(timer);
  }
}
