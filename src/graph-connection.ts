import type { Config } from './config/env.js';
import { Database } from './db/neo4j.js';
import type { Logger } from './logging/logger.js';
import { EmbeddedNeo4j, runningNeo4j } from './neo4j/launcher.js';
import { Neo4jSupervisor } from './neo4j/supervisor.js';

export interface GraphConnection {
  db: Database;
  /** The Neo4j this process started, when NEO4J_URI was not given. */
  embedded: EmbeddedNeo4j | undefined;
  /** Restarts the embedded Neo4j when it dies, when asked for (a server, not a one-shot command). */
  supervisor: Neo4jSupervisor | undefined;
  /** Stops supervision, closes the driver and stops the Neo4j this process started. */
  close(): Promise<void>;
}

/**
 * Connects to the configured Neo4j, starting the embedded one first when no NEO4J_URI is set,
 * and waits until it answers. Nothing else differs between the two, but that a long-running
 * server passes `supervise` to have the embedded one restarted when it dies.
 */
export async function connectGraph(
  config: Config,
  log: (msg: string) => void,
  {
    supervise,
    shareRunning = false,
  }: {
    /** Restart the embedded Neo4j when it dies, logging to this (a server, not a one-shot command). */
    supervise?: Logger;
    /** Use the embedded Neo4j another process (npm start) runs on the same data folder, when there is one. */
    shareRunning?: boolean;
  } = {},
): Promise<GraphConnection> {
  const target = config.neo4j;
  if (target.kind === 'embedded' && shareRunning) {
    const shared = await connectRunning(target.dataDir, log);
    if (shared) return shared;
  }
  let embedded: EmbeddedNeo4j | undefined;
  let supervisor: Neo4jSupervisor | undefined;
  let connection;
  if (target.kind === 'embedded') {
    const { restart, ...launch } = target;
    embedded = new EmbeddedNeo4j({ ...launch, log });
    const uri = await embedded.start();
    if (supervise) supervisor = new Neo4jSupervisor(embedded, restart, supervise);
    connection = { uri, username: 'neo4j', password: '', database: undefined };
  } else {
    connection = target;
  }
  const db = new Database(connection);
  const close = async () => {
    supervisor?.stop();
    await db.close();
    await embedded?.stop();
  };
  try {
    await db.waitUntilReady(target.kind === 'embedded' ? target.startTimeoutMs : 30_000);
  } catch (err) {
    await close();
    throw err;
  }
  return { db, embedded, supervisor, close };
}

/** A connection to the Neo4j another process runs on `dataDir` (see RUNNING_FILE), if it answers; closing it leaves that Neo4j running. */
async function connectRunning(dataDir: string, log: (msg: string) => void): Promise<GraphConnection | undefined> {
  const running = runningNeo4j(dataDir);
  if (!running) return undefined;
  const db = new Database({ uri: running.uri, username: 'neo4j', password: '', database: undefined });
  if (await db.ping()) {
    log(`Using the Neo4j already serving ${dataDir} at ${running.uri} (pid ${running.pid})`);
    return { db, embedded: undefined, supervisor: undefined, close: () => db.close() };
  }
  await db.close();
  return undefined;
}
