import cors from 'cors';
import type { RequestHandler } from 'express';
import { BOOKMARK_HEADER } from './bookmarks.js';

/** Request headers a front-end may send: JSON bodies, curator tokens, Apollo's CSRF header, bookmarks. */
const ALLOWED_HEADERS = [
  'content-type',
  'authorization',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  BOOKMARK_HEADER,
  'x-request-id',
  'if-none-match',
];

/** Response headers a front-end's script may read beyond the CORS-safelisted ones. */
const EXPOSED_HEADERS = ['etag', 'x-request-id', 'retry-after'];

/**
 * CORS for the origins in `allowed` (exact matches) and no other. A preflight from an allowed origin
 * answers 204 with the Access-Control-* headers, and the request that follows still passes Apollo's
 * CSRF check, since a preflighted request carries a JSON content type or a custom header. A request
 * from any other origin, or without one, goes on untouched: no Access-Control-Allow-Origin, so a
 * browser keeps its answer from the page, and an OPTIONS is the 405 it always was.
 */
export function corsFor(allowed: readonly string[]): RequestHandler {
  const origins = new Set(allowed);
  if (origins.size === 0) return (_req, _res, next) => next();
  const handler = cors({
    origin: (origin, callback) => callback(null, origin !== undefined && origins.has(origin) ? origin : false),
    methods: ['GET', 'POST'],
    allowedHeaders: ALLOWED_HEADERS,
    exposedHeaders: EXPOSED_HEADERS,
    // Tokens travel in Authorization, never cookies: no credentialed requests.
    credentials: false,
    maxAge: 600,
  });
  return (req, res, next) => {
    // Every answer depends on the Origin header once there is an allow-list, those without CORS headers too:
    // a shared cache must not hand one origin's answer to another.
    res.vary('Origin');
    handler(req, res, next);
  };
}
