import { createHash } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler, Response } from 'express';
import { Kind, parse } from 'graphql';
import { readGraphVersion } from '../data/graph-version.js';
import type { Database } from '../db/neo4j.js';
import type { GraphQLContext } from '../graphql/context.js';
import { loadTypeDefs } from '../graphql/type-defs.js';
import { BOOKMARK_HEADER, bookmarksOf } from './bookmarks.js';

// HTTP caching of GET queries. An answer is a function of the graph (its version, src/data/graph-version.ts),
// the schema and the request, so its ETag is a hash of those, known before the operation runs: a request
// whose If-None-Match names it is answered 304 after one index lookup, and nothing else runs. Mutations,
// POSTs and answers with errors are never cacheable.

/** Whether the document's selected operation is a query; false when it does not parse (Apollo answers that). */
function selectsQuery(query: string, operationName: unknown): boolean {
  try {
    const operations = parse(query, { noLocation: true }).definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    const selected =
      typeof operationName === 'string'
        ? operations.find((o) => o.name?.value === operationName)
        : operations.length === 1
          ? operations[0]
          : undefined;
    return selected?.operation === 'query';
  } catch {
    return false;
  }
}

/** A strong validator: the same graph version, schema and request give the same answer, byte for byte. */
export function etagOf(parts: {
  schema: string;
  version: string;
  query: string;
  variables: unknown;
  operationName: unknown;
  accept: unknown;
}): string {
  const text = JSON.stringify([
    parts.schema,
    parts.version,
    parts.query,
    parts.variables ?? null,
    parts.operationName ?? null,
    parts.accept ?? null,
  ]);
  return `"${createHash('sha256').update(text).digest('base64url')}"`;
}

/** If-None-Match names the ETag (weak comparison, as RFC 9110 has it for If-None-Match), or is `*`. */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

const cacheControl = (maxAgeSeconds: number) => `public, max-age=${maxAgeSeconds}`;

/**
 * For a GET query Apollo will run: reads the graph's version (in the request's causal chain, so a client
 * that sends its write's bookmark sees the version that write made), computes the answer's ETag, and
 * answers 304 when If-None-Match names it. Otherwise leaves the ETag for cachePlugin to send with the answer.
 */
export function conditionalGet(db: Database, opts: { maxAgeSeconds: number; queryTimeoutMs: number }): RequestHandler {
  const schema = createHash('sha256').update(loadTypeDefs().join('\n')).digest('base64url');
  return async (req, res: Response, next) => {
    if (req.method !== 'GET') return next();
    const { query, variables, operationName } = req.query;
    if (typeof query !== 'string' || !selectsQuery(query, operationName)) return next();
    // The answer differs by negotiated media type, and by the freshness a bookmark asks for.
    res.vary('Accept');
    res.vary(BOOKMARK_HEADER);
    let version: string;
    try {
      version = await readGraphVersion(db, {
        bookmarks: bookmarksOf(res),
        timeoutMs: opts.queryTimeoutMs,
        metadata: { app: 'livegraph', requestId: String(req.id), field: 'graphVersion' },
      });
    } catch {
      // The operation's own reads will fail the same way, and answer with the error's code.
      return next();
    }
    const etag = etagOf({ schema, version, query, variables, operationName, accept: req.headers.accept });
    res.locals.etag = etag;
    if (!matchesEtag(req.headers['if-none-match'], etag)) return next();
    res.setHeader('etag', etag);
    res.setHeader('cache-control', cacheControl(opts.maxAgeSeconds));
    res.status(304).end();
  };
}

/** The ETag conditionalGet computed for this request, for the GraphQL context. */
export const etagFor = (res: Response): string | undefined => res.locals.etag as string | undefined;

/** Sends Cache-Control and the ETag with a GET query's answer without errors; `no-store` with every other answer. */
export function cachePlugin(maxAgeSeconds: number): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response, contextValue, operation }) {
          const { etag } = contextValue;
          const cacheable =
            etag !== undefined &&
            request.http?.method === 'GET' &&
            operation?.operation === 'query' &&
            response.body.kind === 'single' &&
            response.body.singleResult.errors === undefined &&
            (response.http.status ?? 200) === 200;
          if (!cacheable) {
            response.http.headers.set('cache-control', 'no-store');
            return;
          }
          response.http.headers.set('etag', etag);
          response.http.headers.set('cache-control', cacheControl(maxAgeSeconds));
        },
      };
    },
  };
}
