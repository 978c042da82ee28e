import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';

export interface ServerProcess {
  url: string;
  /** The Node server's pid (Neo4j runs in a JVM of its own). */
  pid: number;
  /** Sends one operation; returns a short description of what went wrong, or null. */
  graphql(query: string): Promise<string | null>;
  stop(): Promise<void>;
}

/** Starts `src/main.ts` as a separate process on free ports, with its own embedded Neo4j, seeded. */
export async function spawnServer(): Promise<ServerProcess> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'livegraph-bench-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { ...process.env, PORT: '0', NEO4J_URI: '', NEO4J_BOLT_PORT: '0', NEO4J_DATA_DIR: dataDir, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const m = /"url":"(http:\/\/[^"]+)"/.exec(line);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code} before listening`)));
  });
  return {
    url,
    pid: child.pid!,
    async graphql(query) {
      try {
        const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
        const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
        if (res.status >= 500) return `HTTP ${res.status}`;
        return body.errors ? String(body.errors[0]?.extensions?.code ?? 'error') : null;
      } catch (err) {
        return `network: ${(err as Error).message}`;
      }
    },
    async stop() {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
