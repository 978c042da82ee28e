import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import compression from 'compression';
import express from 'express';
import type { CuratorAuth } from './config/env.js';
import { DEFAULT_CONNECTION_LIMITS, DEFAULT_LIMITS, type ConnectionLimits, type Limits, type RateLimits } from './config/limits.js';
import { credentialsFrom } from './curation/token.js';
import type { Database } from './db/neo4j.js';
import { DEFAULT_EXPORT_CAPS, type ExportCaps } from './export/load.js';
import type { GraphQLContext } from './graphql/context.js';
import { AdmissionGate } from './graphql/analysis/gate.js';
import { analysisPlugin } from './graphql/analysis/plugin.js';
import { formatErrorWith } from './graphql/errors.js';
import { limitRules } from './graphql/limits.js';
import { Loaders } from './graphql/loaders.js';
import { noSubscriptionsPlugin } from './graphql/operation-type.js';
import { outcomePlugin } from './graphql/outcome.js';
import { resolvers } from './graphql/resolvers/index.js';
import { loadTypeDefs } from './graphql/type-defs.js';
import { bookmarkHeader, bookmarkPlugin, bookmarksOf } from './http/bookmarks.js';
import { cachePlugin, conditionalGet, etagFor } from './http/cache.js';
import { createHttpServer } from './http/connection-limits.js';
import { corsFor } from './http/cors.js';
import { getQueriesNeedNoPreflight } from './http/csrf.js';
import { httpDrain } from './http/drain.js';
import { explorerRoutes } from './http/explorer.js';
import { exportRoutes } from './http/exports.js';
import { graphiqlRoutes } from './http/graphiql.js';
import { healthRoutes } from './http/health.js';
import { apiMetrics } from './http/metrics.js';
import { allowMethods } from './http/methods.js';
import { clientKey, rateLimiter } from './http/rate-limit.js';
import { documentLimits, jsonBody } from './http/request-limits.js';
import { requestLog } from './http/request-log.js';
import type { Logger } from './logging/logger.js';

export interface ApiServer {
  /** The base URL it listens on, e.g. http://127.0.0.1:4000 */
  url: string;
  /** Stops accepting connections and lets in-flight requests finish. */
  close(): Promise<void>;
}

/** Apollo Server on Express 5: GraphQL at /graphql, GraphiQL at /, the graph explorer at /explore, exports under /export, health checks under /health. */
export async function startApiServer(opts: {
  db: Database;
  log: Logger;
  host: string;
  port: number;
  /** Request limits, DEFAULT_LIMITS when omitted; connection limits, DEFAULT_CONNECTION_LIMITS for each one omitted. */
  limits?: Limits & Partial<ConnectionLimits>;
  /** Schema exposure (both on when omitted; off by default in production, see src/config/env.ts). */
  introspection?: boolean;
  fieldSuggestions?: boolean;
  /** How curator tokens are verified; writes are refused to everyone when omitted. */
  curator?: CuratorAuth;
  /** Why the process can no longer recover by itself (its Neo4j supervisor gave up): /health/live then answers 503. */
  gaveUp?: () => string | undefined;
  /** Browser origins allowed cross-origin (none when omitted), and the max-age of GET query answers (60 s when omitted). */
  corsOrigins?: string[];
  cacheMaxAgeSeconds?: number;
  /** Points per client and window, charged each operation's cost; no rate limit when omitted. */
  rateLimit?: RateLimits;
  /** Express's `trust proxy`: whose X-Forwarded-For gives the client's address (for the rate limit); nobody's when omitted. */
  trustProxy?: number | string;
  /** The largest graph a whole-graph export builds; DEFAULT_EXPORT_CAPS when omitted. */
  exportCaps?: ExportCaps;
}): Promise<ApiServer> {
  const { db, log, limits = DEFAULT_LIMITS, cacheMaxAgeSeconds = 60 } = opts;
  const app = express();
  app.disable('x-powered-by');
  if (opts.trustProxy !== undefined) app.set('trust proxy', opts.trustProxy);
  // /graphql's ETags come from the graph's version before the operation runs (http/cache.ts); Express's weak
  // ones, hashed from each body after it ran, would be sent with answers that must not be cached.
  app.set('etag', false);
  const httpServer: Server = createHttpServer(app, { ...DEFAULT_CONNECTION_LIMITS, ...limits });
  const http = httpDrain(httpServer);

  // Costly operations take turns, so that cheap ones keep flowing beside them.
  const gate = new AdmissionGate({
    minCost: limits.costlyOperationCost,
    slots: limits.costlyConcurrency,
    queue: limits.costlyQueue,
    maxWaitMs: limits.costlyWaitMs,
  });
  const limiter = opts.rateLimit && rateLimiter(opts.rateLimit, log);
  const metrics = apiMetrics(db);
  const apollo = new ApolloServer<GraphQLContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    formatError: formatErrorWith(log),
    includeStacktraceInErrorResponses: false,
    introspection: opts.introspection ?? true,
    hideSchemaDetailsFromClientErrors: !(opts.fieldSuggestions ?? true),
    validationRules: limitRules(limits),
    // No client of ours sends automatic persisted queries; off, they are one less cache an anonymous caller fills.
    persistedQueries: false,
    // Compact JSON: Apollo indents its answers by default, which costs time and bytes on every response.
    stringifyResult: (result) => JSON.stringify(result),
    plugins: [
      // Apollo's stop() drains HTTP first, then stops serving operations.
      { serverWillStart: async () => ({ drainServer: () => http.drain() }) },
      noSubscriptionsPlugin(),
      ApolloServerPluginLandingPageDisabled(),
      // We set no cache hints; the default cache-control plugin would still visit every resolved field.
      ApolloServerPluginCacheControlDisabled(),
      analysisPlugin(limits, gate, limiter?.admit),
      ...(limiter ? [limiter.plugin] : []),
      metrics.plugin,
      // After the analysis plugin, which may replace the answer with an error.
      cachePlugin(cacheMaxAgeSeconds),
      bookmarkPlugin(opts.curator?.secret),
      outcomePlugin(), // last: it reads the answer as sent
    ],
  });
  await apollo.start();

  app.use(requestLog(log));
  app.use(compression());
  app.use(healthRoutes(db, () => http.draining, opts.gaveUp));
  app.use(metrics.routes);
  app.use(graphiqlRoutes());
  app.use(explorerRoutes());
  app.use(exportRoutes({ db, limits, gate, limiter, caps: opts.exportCaps ?? DEFAULT_EXPORT_CAPS }));
  app.use(
    '/graphql',
    corsFor(opts.corsOrigins ?? []),
    metrics.observe,
    allowMethods('GET', 'POST'),
    ...jsonBody(limits.maxBodyBytes),
    documentLimits(limits.maxTokens),
    bookmarkHeader(opts.curator?.secret),
    getQueriesNeedNoPreflight(),
    conditionalGet(db, { maxAgeSeconds: cacheMaxAgeSeconds, queryTimeoutMs: limits.queryTimeoutMs }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const { viewer, problem } = await credentialsFrom(req.headers.authorization, opts.curator);
        return {
          db,
          loaders: new Loaders(),
          log: req.log,
          requestId: String(req.id),
          queryTimeoutMs: limits.queryTimeoutMs,
          deadline: Date.now() + limits.requestTimeoutMs,
          viewer,
          credentialProblem: problem,
          writesEnabled: opts.curator !== undefined,
          bookmarks: bookmarksOf(res),
          etag: etagFor(res),
          client: clientKey(viewer, req.ip),
          outcome: (res.locals.outcome = {}),
        };
      },
    }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(opts.port, opts.host, resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://${opts.host.includes(':') ? `[${opts.host}]` : opts.host}:${port}`;
  log.info({ url }, 'API listening');
  return { url, close: () => apollo.stop() };
}
