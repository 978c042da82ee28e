import { createServer, type RequestListener, type Server } from 'node:http';
import type { ConnectionLimits } from '../config/limits.js';
import { answerClientErrors } from './client-errors.js';

/**
 * An HTTP server whose clients must send each request within the timeouts (a request not received
 * in time answers 408) and that holds at most `httpMaxConnections` connections. Without them a client
 * sending a body shorter than its Content-Length held a connection for five minutes, and nothing
 * bounded how many it held.
 */
export function createHttpServer(app: RequestListener, limits: ConnectionLimits): Server {
  const server = createServer(
    {
      headersTimeout: limits.httpHeadersTimeoutMs,
      requestTimeout: limits.httpRequestTimeoutMs,
      keepAliveTimeout: limits.httpKeepAliveTimeoutMs,
      // Node looks for requests past their timeouts this often (every 30 s by default), so a timeout is late by up to this much.
      connectionsCheckingInterval: Math.min(1_000, Math.ceil(limits.httpHeadersTimeoutMs / 4)),
    },
    app,
  );
  server.maxConnections = limits.httpMaxConnections;
  answerClientErrors(server);
  return server;
}
