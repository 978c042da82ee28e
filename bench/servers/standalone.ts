import { fstatSync } from 'node:fs';

// What the bench's own servers share when the runner starts them as processes: where Neo4j is,
// one LISTENING line on stdout, and a clean exit on SIGTERM or when the runner's stdin pipe closes.

export interface Neo4jTarget {
  uri: string;
  user?: string;
  password?: string;
  port: number;
  host?: string;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Neo4j and port from NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD and PORT (0 = a free port). */
export function targetFromEnv(env: NodeJS.ProcessEnv = process.env): Neo4jTarget {
  if (!env.NEO4J_URI) throw new Error('NEO4J_URI is required');
  const port = Number(env.PORT ?? '0');
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got ${env.PORT}`);
  return { uri: env.NEO4J_URI, user: env.NEO4J_USERNAME ?? 'neo4j', password: env.NEO4J_PASSWORD ?? '', port, host: '127.0.0.1' };
}

/** Starts the server from the environment, prints `LISTENING <url>`, and stops it on SIGTERM, SIGINT or stdin closing. */
export async function runStandalone(start: (target: Neo4jTarget) => Promise<RunningServer>): Promise<void> {
  const server = await start(targetFromEnv());
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server.close().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error(err);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  // Only a pipe (a socket pair, when Node spawned us) can close: /dev/null ('ignore') would end at once.
  const stdin = fstatSync(0);
  if (stdin.isFIFO() || stdin.isSocket()) {
    process.stdin.on('end', stop).on('close', stop).resume();
  }
  // Last, so that a runner may signal as soon as it reads the line.
  console.log(`LISTENING ${server.url}`);
}
