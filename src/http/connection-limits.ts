import { createServer, type RequestListener, type Server } from 'node:http';
import { answerClientErrors } from './client-errors.js';

/** How long a client may take and how many connections it may hold; each configurable by environment (src/config/env.ts). */
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

/**
 * An HTTP server whose clients must send each request within the timeouts (a request not received
 * in time answers 408) and that holds at most `httpMaxConnections` connections. Without them a client
 * sending a body shorter than its Content-Length held a connection for five minutes, and nothing
 * bounded how many it held.
 */
export function createHttpServer(app: RequestListener, limits: ConnectionLimits): Server {
  const server = createServer({
    headersTimeout: limits.httpHeadersTimeoutMs,
    requestTimeout: limits.httpRequestTimeoutMs,
    keepAliveTimeout: limits.httpKeepAliveTimeoutMs,
    // Node looks for requests past their timeouts this often (every 30 s by default), so a timeout is late by up to this much.
    connectionsCheckingInterval: Math.min(1_000, Math.ceil(limits.httpHeadersTimeoutMs / 4)),
  }, app);
  server.maxConnections = limits.httpMaxConnections;
  answerClientErrors(server);
  return server;
}
