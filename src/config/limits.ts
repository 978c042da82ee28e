// The limits the configuration validates, with their defaults. Config sits at the bottom of the
// import graph: the modules that enforce these limits import them from here, never the reverse.

/** What one request may ask of the server; every limit is configurable by environment (env.ts). */
export interface Limits {
  /** Deepest field nesting of an operation (introspection fields do not count). */
  maxDepth: number;
  /** Aliased fields in one document. */
  maxAliases: number;
  /** Directive uses in one document. */
  maxDirectives: number;
  /** Lexical tokens in one document, counted before parsing. */
  maxTokens: number;
  /** Estimated cost of an operation: objects it may return, list sizes multiplied by nesting. */
  maxCost: number;
  /** Largest request body express.json accepts, in bytes. */
  maxBodyBytes: number;
  /** Server-side timeout of every Neo4j transaction a request runs. */
  queryTimeoutMs: number;
  /** Wall-clock deadline of a whole request: its Neo4j work still outstanding then is stopped. */
  requestTimeoutMs: number;
  /** Largest response, counted as JSON text; a larger one is replaced by a RESPONSE_TOO_LARGE error. */
  maxResponseBytes: number;
  /** Operations of at least this estimated cost are costly: they run through the admission gate. */
  costlyOperationCost: number;
  /** Costly operations running at once; the rest wait. */
  costlyConcurrency: number;
  /** Costly operations that may wait for a turn; one more is refused (503 SERVER_BUSY). */
  costlyQueue: number;
  /** The longest a costly operation waits for a turn before it is refused. */
  costlyWaitMs: number;
}

export const DEFAULT_LIMITS: Readonly<Limits> = {
  maxDepth: 12,
  maxAliases: 30,
  maxDirectives: 20,
  maxTokens: 5_000,
  maxCost: 1_000_000,
  maxBodyBytes: 100_000,
  queryTimeoutMs: 10_000,
  requestTimeoutMs: 15_000,
  maxResponseBytes: 10_000_000,
  costlyOperationCost: 250_000,
  costlyConcurrency: 1,
  costlyQueue: 16,
  costlyWaitMs: 10_000,
};

/** How long a client may take and how many connections it may hold; each configurable by environment (env.ts). */
export interface ConnectionLimits {
  /** Time a client has to send a request's headers. */
  httpHeadersTimeoutMs: number;
  /** Time a client has to send a whole request, headers and body; Node's own default is 5 minutes. */
  httpRequestTimeoutMs: number;
  /** A kept-alive connection with no request in progress is closed after this long. */
  httpKeepAliveTimeoutMs: number;
  /** Open connections at most; one more is closed as soon as it is accepted. */
  httpMaxConnections: number;
}

export const DEFAULT_CONNECTION_LIMITS: Readonly<ConnectionLimits> = {
  httpHeadersTimeoutMs: 10_000,
  httpRequestTimeoutMs: 30_000,
  httpKeepAliveTimeoutMs: 5_000,
  httpMaxConnections: 2_000,
};

/** Points each client may spend per window, an operation costing its estimated cost (like GitHub's points an hour). */
export interface RateLimits {
  /** Points per window; at least the largest cost an operation may have, so that every admitted operation can run. */
  points: number;
  /** Length of the window, in seconds: the budget refills when it ends. */
  windowSeconds: number;
  /** A Redis server whose counters several API processes share; one process counts in memory when undefined. */
  redisUrl?: string;
}

// 10 million an hour: the example operations cost 10 to 113,000 (a neighbourhood about 31,000), so
// a person in GraphiQL or the explorer never meets the limit, and a script can run ten of the
// costliest operations (GRAPHQL_MAX_COST) or 240,000 small pages an hour.
export const DEFAULT_RATE_LIMITS: Readonly<RateLimits> = {
  points: 10_000_000,
  windowSeconds: 3_600,
};
