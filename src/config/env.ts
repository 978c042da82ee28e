import { z } from 'zod';
import {
  DEFAULT_CONNECTION_LIMITS,
  DEFAULT_LIMITS,
  DEFAULT_RATE_LIMITS,
  type ConnectionLimits,
  type Limits,
  type RateLimits,
} from './limits.js';

/** Where the graph lives: a server the user runs, or the embedded one the project starts itself. */
export type Neo4jTarget =
  | { kind: 'external'; uri: string; username: string; password: string; database: string | undefined }
  | {
      kind: 'embedded';
      boltPort: number;
      dataDir: string;
      heap: string;
      pagecache: string | undefined;
      startTimeoutMs: number;
      restart: RestartPolicy;
    };

/** When the embedded Neo4j is restarted after it dies, and when the process gives up on it (from NEO4J_RESTART_*, NEO4J_CRASH_*). */
export interface RestartPolicy {
  /** Failed restarts in a row after which the supervisor gives up; 0 gives up at the first crash. */
  attempts: number;
  /** The wait before the first restart; it doubles after each failed one, up to maxBackoffMs. */
  backoffMs: number;
  maxBackoffMs: number;
  /** The supervisor gives up at the crashLimit-th crash within crashWindowMs, even when every restart worked. */
  crashLimit: number;
  crashWindowMs: number;
}

/** How the server verifies curator tokens (from CURATOR_JWT_*). */
export interface CuratorAuth {
  secret: string;
  issuer: string | undefined;
  audience: string | undefined;
}

export interface Config {
  host: string;
  port: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  seedOnStart: boolean;
  neo4j: Neo4jTarget;
  limits: Limits & ConnectionLimits;
  /** Schema introspection and "did you mean" suggestions; both off by default when NODE_ENV=production. */
  introspection: boolean;
  fieldSuggestions: boolean;
  /** How curator tokens are verified; undefined when CURATOR_JWT_SECRET is unset, and then nobody can write. */
  curator: CuratorAuth | undefined;
  /** Browser origins allowed to call the API cross-origin (CORS); none by default. */
  corsOrigins: string[];
  /** max-age of the Cache-Control header on GET query answers, in seconds. */
  cacheMaxAgeSeconds: number;
  /** Points per client and window; undefined when RATE_LIMIT_POINTS=0 turns rate limiting off. */
  rateLimit: RateLimits | undefined;
  /** Which proxies' X-Forwarded-For to believe for the client's address (Express's `trust proxy`): hops, or addresses and subnets. */
  trustProxy: number | string | undefined;
  /** Log lines for people (pino-pretty) or JSON; undefined: pretty when stdout is a terminal. */
  logFormat: 'pretty' | 'json' | undefined;
}

const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);

const flag = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');
const bool = (fallback: boolean) => flag.default(fallback);

const positive = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** `https://app.example.org,http://localhost:5173`: exact origins (scheme, host, port), as browsers send them. */
const origins = z
  .string()
  .transform((v) => v.split(',').map((o) => o.trim()))
  .refine((list) => list.every((o) => URL.canParse(o) && new URL(o).origin === o), {
    message: 'must be comma-separated origins like https://app.example.org or http://localhost:5173 (no path, no trailing slash)',
  });

const Env = z
  .object({
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: port(4000),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    SEED_ON_START: bool(true),
    NEO4J_URI: z
      .string()
      .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, 'must be a bolt:// or neo4j:// URI (optionally +s or +ssc)')
      .optional(),
    NEO4J_USERNAME: z.string().min(1).default('neo4j'),
    NEO4J_PASSWORD: z.string().default(''),
    NEO4J_DATABASE: z.string().min(1).optional(),
    NEO4J_BOLT_PORT: port(7687),
    NEO4J_DATA_DIR: z.string().min(1).default('.data/neo4j'),
    NEO4J_HEAP: z
      .string()
      .regex(/^\d+[mMgG]$/, 'must look like 512m or 2g')
      .default('1g'),
    NEO4J_PAGECACHE: z
      .string()
      .regex(/^\d+[mMgG]$/, 'must look like 512m or 2g')
      .optional(),
    NEO4J_START_TIMEOUT_MS: positive(120_000),
    NEO4J_RESTART_ATTEMPTS: z.coerce.number().int().min(0).default(5),
    NEO4J_RESTART_BACKOFF_MS: positive(1_000),
    NEO4J_RESTART_BACKOFF_MAX_MS: positive(30_000),
    NEO4J_CRASH_LIMIT: positive(5),
    NEO4J_CRASH_WINDOW_MS: positive(600_000),
    NODE_ENV: z.string().optional(),
    GRAPHQL_INTROSPECTION: flag.optional(),
    GRAPHQL_FIELD_SUGGESTIONS: flag.optional(),
    GRAPHQL_MAX_DEPTH: positive(DEFAULT_LIMITS.maxDepth),
    GRAPHQL_MAX_ALIASES: positive(DEFAULT_LIMITS.maxAliases),
    GRAPHQL_MAX_DIRECTIVES: positive(DEFAULT_LIMITS.maxDirectives),
    GRAPHQL_MAX_TOKENS: positive(DEFAULT_LIMITS.maxTokens),
    GRAPHQL_MAX_COST: positive(DEFAULT_LIMITS.maxCost),
    HTTP_MAX_BODY_BYTES: positive(DEFAULT_LIMITS.maxBodyBytes),
    HTTP_HEADERS_TIMEOUT_MS: positive(DEFAULT_CONNECTION_LIMITS.httpHeadersTimeoutMs),
    HTTP_REQUEST_TIMEOUT_MS: positive(DEFAULT_CONNECTION_LIMITS.httpRequestTimeoutMs),
    HTTP_KEEP_ALIVE_TIMEOUT_MS: positive(DEFAULT_CONNECTION_LIMITS.httpKeepAliveTimeoutMs),
    HTTP_MAX_CONNECTIONS: positive(DEFAULT_CONNECTION_LIMITS.httpMaxConnections),
    NEO4J_QUERY_TIMEOUT_MS: positive(DEFAULT_LIMITS.queryTimeoutMs),
    GRAPHQL_REQUEST_TIMEOUT_MS: positive(DEFAULT_LIMITS.requestTimeoutMs),
    GRAPHQL_MAX_RESPONSE_BYTES: positive(DEFAULT_LIMITS.maxResponseBytes),
    GRAPHQL_COSTLY_OPERATION_COST: positive(DEFAULT_LIMITS.costlyOperationCost),
    GRAPHQL_COSTLY_CONCURRENCY: positive(DEFAULT_LIMITS.costlyConcurrency),
    GRAPHQL_COSTLY_QUEUE: z.coerce.number().int().min(0).default(DEFAULT_LIMITS.costlyQueue),
    GRAPHQL_COSTLY_WAIT_MS: positive(DEFAULT_LIMITS.costlyWaitMs),
    // HS256 wants a key at least as long as its 256-bit hash.
    CURATOR_JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    CURATOR_JWT_ISSUER: z.string().min(1).optional(),
    CURATOR_JWT_AUDIENCE: z.string().min(1).optional(),
    CORS_ORIGINS: origins.optional(),
    GRAPHQL_CACHE_MAX_AGE: z.coerce.number().int().min(0).default(60),
    RATE_LIMIT_POINTS: z.coerce.number().int().min(0).default(DEFAULT_RATE_LIMITS.points),
    RATE_LIMIT_WINDOW_S: positive(DEFAULT_RATE_LIMITS.windowSeconds),
    TRUST_PROXY: z
      .string()
      .regex(
        /^(\d+|[\w.:/-]+(\s*,\s*[\w.:/-]+)*)$/,
        'must be a number of proxy hops, or addresses, subnets and loopback/linklocal/uniquelocal, comma-separated',
      )
      .optional(),
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\/.+/, 'must be a redis:// or rediss:// URL')
      .optional(),
    LOG_FORMAT: z.enum(['pretty', 'json']).optional(),
  })
  .refine((e) => e.RATE_LIMIT_POINTS === 0 || e.RATE_LIMIT_POINTS >= e.GRAPHQL_MAX_COST, {
    // A smaller budget would refuse forever an operation that the cost limit admits.
    path: ['RATE_LIMIT_POINTS'],
    message: 'must be 0 (off) or at least GRAPHQL_MAX_COST, the cost one operation may have',
  })
  .refine((e) => e.HTTP_HEADERS_TIMEOUT_MS <= e.HTTP_REQUEST_TIMEOUT_MS, {
    // Node refuses to start a server whose headers may take longer than the whole request.
    path: ['HTTP_REQUEST_TIMEOUT_MS'],
    message: 'must be at least HTTP_HEADERS_TIMEOUT_MS, since the request includes its headers',
  })
  .refine((e) => e.NEO4J_RESTART_BACKOFF_MS <= e.NEO4J_RESTART_BACKOFF_MAX_MS, {
    path: ['NEO4J_RESTART_BACKOFF_MAX_MS'],
    message: 'must be at least NEO4J_RESTART_BACKOFF_MS, the first wait it caps',
  });

/** Variables whose values never appear in a message, not even when invalid. */
const SECRETS: ReadonlySet<string> = new Set(['NEO4J_PASSWORD', 'CURATOR_JWT_SECRET', 'REDIS_URL']);
const shown = (name: string, value: string | undefined) =>
  SECRETS.has(name) && value !== undefined ? `${value.length} characters` : JSON.stringify(value);

/** Raised when the environment is invalid; its message lists every problem, one per line. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads and validates the configuration from the environment, reporting all problems at once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = Env.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (i) => `  ${i.path.join('.')}: ${i.message} (got ${shown(String(i.path[0]), present[String(i.path[0])])})`,
    );
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  return {
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    seedOnStart: e.SEED_ON_START,
    neo4j: e.NEO4J_URI
      ? { kind: 'external', uri: e.NEO4J_URI, username: e.NEO4J_USERNAME, password: e.NEO4J_PASSWORD, database: e.NEO4J_DATABASE }
      : {
          kind: 'embedded',
          boltPort: e.NEO4J_BOLT_PORT,
          dataDir: e.NEO4J_DATA_DIR,
          heap: e.NEO4J_HEAP,
          pagecache: e.NEO4J_PAGECACHE,
          startTimeoutMs: e.NEO4J_START_TIMEOUT_MS,
          restart: {
            attempts: e.NEO4J_RESTART_ATTEMPTS,
            backoffMs: e.NEO4J_RESTART_BACKOFF_MS,
            maxBackoffMs: e.NEO4J_RESTART_BACKOFF_MAX_MS,
            crashLimit: e.NEO4J_CRASH_LIMIT,
            crashWindowMs: e.NEO4J_CRASH_WINDOW_MS,
          },
        },
    limits: {
      maxDepth: e.GRAPHQL_MAX_DEPTH,
      maxAliases: e.GRAPHQL_MAX_ALIASES,
      maxDirectives: e.GRAPHQL_MAX_DIRECTIVES,
      maxTokens: e.GRAPHQL_MAX_TOKENS,
      maxCost: e.GRAPHQL_MAX_COST,
      maxBodyBytes: e.HTTP_MAX_BODY_BYTES,
      httpHeadersTimeoutMs: e.HTTP_HEADERS_TIMEOUT_MS,
      httpRequestTimeoutMs: e.HTTP_REQUEST_TIMEOUT_MS,
      httpKeepAliveTimeoutMs: e.HTTP_KEEP_ALIVE_TIMEOUT_MS,
      httpMaxConnections: e.HTTP_MAX_CONNECTIONS,
      queryTimeoutMs: e.NEO4J_QUERY_TIMEOUT_MS,
      requestTimeoutMs: e.GRAPHQL_REQUEST_TIMEOUT_MS,
      maxResponseBytes: e.GRAPHQL_MAX_RESPONSE_BYTES,
      costlyOperationCost: e.GRAPHQL_COSTLY_OPERATION_COST,
      costlyConcurrency: e.GRAPHQL_COSTLY_CONCURRENCY,
      costlyQueue: e.GRAPHQL_COSTLY_QUEUE,
      costlyWaitMs: e.GRAPHQL_COSTLY_WAIT_MS,
    },
    introspection: e.GRAPHQL_INTROSPECTION ?? !production,
    fieldSuggestions: e.GRAPHQL_FIELD_SUGGESTIONS ?? !production,
    curator: e.CURATOR_JWT_SECRET
      ? { secret: e.CURATOR_JWT_SECRET, issuer: e.CURATOR_JWT_ISSUER, audience: e.CURATOR_JWT_AUDIENCE }
      : undefined,
    corsOrigins: e.CORS_ORIGINS ?? [],
    cacheMaxAgeSeconds: e.GRAPHQL_CACHE_MAX_AGE,
    trustProxy: e.TRUST_PROXY === undefined ? undefined : /^\d+$/.test(e.TRUST_PROXY) ? Number(e.TRUST_PROXY) : e.TRUST_PROXY,
    rateLimit: e.RATE_LIMIT_POINTS
      ? { points: e.RATE_LIMIT_POINTS, windowSeconds: e.RATE_LIMIT_WINDOW_S, redisUrl: e.REDIS_URL }
      : undefined,
    logFormat: e.LOG_FORMAT,
  };
}
