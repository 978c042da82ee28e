import type { Config } from './config/env.js';
import { Database } from './db/neo4j.js';
import { EmbeddedNeo4j, runningNeo4j } from './neo4j/launcher.js';

export interface GraphConnection {
  db: Database;
  /** The Neo4j this process started, when NEO4J_URI was not given. */
  embedded: EmbeddedNeo4j | undefined;
  /** Closes the driver and stops the Neo4j this process started. */
  close(): Promise<void>;
}

/**
 * Connects to the configured Neo4j, starting the embedded one first when no NEO4J_URI is set,
 * and waits until it answers. Nothing else differs between the two.
 */
export async function connectGraph(
  config: Config,
  log: (msg: string) => void,
  /** Use the embedded Neo4j another process (npm start) runs on the same data folder, when there is one. */
  { shareRunning = false } = {},
): Promise<GraphConnection> {
  const target = config.neo4j;
  if (target.kind === 'embedded' && shareRunning) {
    const shared = await connectRunning(target.dataDir, log);
    if (shared) return shared;
  }
  let embedded: EmbeddedNeo4j | undefined;
  let connection;
  if (target.kind === 'embedded') {
    embedded = new EmbeddedNeo4j({ ...target, log });
    const uri = await embedded.start();
    connection = { uri, username: 'neo4j', password: '', database: undefined };
  } else {
    connection = target;
  }
  const db = new Database(connection);
  const close = async () => {
    await db.close();
    await embedded?.stop();
  };
  try {
    await db.waitUntilReady(target.kind === 'embedded' ? target.startTimeoutMs : 30_000);
  } catch (err) {
    await close();
    throw err;
  }
  return { db, embedded, close };
}

/** A connection to the Neo4j another process runs on `dataDir` (see RUNNING_FILE), if it answers; closing it leaves that Neo4j running. */
async function connectRunning(dataDir: string, log: (msg: string) => void): Promise<GraphConnection | undefined> {
  const running = runningNeo4j(dataDir);
  if (!running) return undefined;
  const db = new Database({ uri: running.uri, username: 'neo4j', password: '', database: undefined });
  if (await db.ping()) {
    log(`Using the Neo4j already serving ${dataDir} at ${running.uri} (pid ${running.pid})`);
    return { db, embedded: undefined, close: () => db.close() };
  }
  await db.close();
  return undefined;
}
