import { ConfigError, loadConfig } from './config/env.js';
import { DatabaseError } from './db/neo4j.js';
import { connectGraph, type GraphConnection } from './graph-connection.js';
import { createLogger } from './logging/logger.js';
import { Neo4jSetupError } from './neo4j/install.js';
import { Neo4jStartError } from './neo4j/launcher.js';
import { SeedValidationError, seedIfEmpty } from './seed/seed.js';
import { applySchema } from './seed/schema.js';
import { startApiServer, type ApiServer } from './server.js';

// `npm start`: Neo4j (started here unless NEO4J_URI is set), schema, seeds on an empty graph, API.
const EXPECTED = [ConfigError, Neo4jSetupError, Neo4jStartError, SeedValidationError, DatabaseError];

let config;
try {
  config = loadConfig();
} catch (err) {
  console.error((err as Error).message);
  process.exit(1);
}
const log = createLogger(config.logLevel, { format: config.logFormat });
let graph: GraphConnection | undefined;
let api: ApiServer | undefined;
let stopping: Promise<void> | undefined;

/** Stops everything once; a second call waits for the first stop rather than starting another. */
function shutdown(signal: string): Promise<void> {
  stopping ??= (async () => {
    log.info({ signal }, 'shutting down: draining HTTP, closing the driver, stopping Neo4j');
    // First: a JVM that exits from here on (stopped, or hit by the same Ctrl-C) is not a crash to restart.
    graph?.supervisor?.stop();
    await api?.close();
    await graph?.close();
    log.info('stopped');
  })();
  return stopping;
}

// Every signal, not only the first: Ctrl-C under `npm start` reaches this process more than once
// (from the terminal and forwarded by npm and tsx), and a second default SIGINT would cut the drain short.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    shutdown(signal).then(
      () => process.exit(0),
      (err) => {
        log.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  });
}

try {
  graph = await connectGraph(config, (msg) => log.info(msg), { supervise: log });
  const statements = await applySchema(graph.db);
  log.info({ statements }, 'schema applied');
  if (config.seedOnStart) {
    const summary = await seedIfEmpty(graph.db, { progress: (msg) => log.info(msg) });
    log.info(summary ? { ...summary } : {}, summary ? 'seeded the empty graph' : 'graph already seeded');
  }
  const { host, port, limits, introspection, fieldSuggestions, curator, corsOrigins, cacheMaxAgeSeconds, rateLimit, trustProxy } = config;
  const { supervisor } = graph;
  const gaveUp = () => supervisor?.gaveUp;
  api = await startApiServer({
    db: graph.db,
    log,
    host,
    port,
    limits,
    introspection,
    fieldSuggestions,
    curator,
    corsOrigins,
    cacheMaxAgeSeconds,
    gaveUp,
    rateLimit,
    trustProxy,
  });
  log.info(curator ? 'curator writes enabled (bearer tokens)' : 'curator writes disabled: CURATOR_JWT_SECRET is not set');
  log.info(`GraphiQL: ${api.url}/  GraphQL: ${api.url}/graphql`);
} catch (err) {
  if (EXPECTED.some((cls) => err instanceof cls)) log.fatal((err as Error).message);
  else log.fatal({ err }, 'start-up failed');
  await shutdown('startup-failure');
  process.exit(1);
}
