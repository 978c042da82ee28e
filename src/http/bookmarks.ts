import { createHmac, timingSafeEqual } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler, Response } from 'express';
import { Bookmarks } from '../db/neo4j.js';
import type { GraphQLContext } from '../graphql/context.js';
import { refuse } from './refuse.js';

// Causal consistency across API processes and cluster members: a write's answer carries its Neo4j
// bookmark in `extensions.bookmark`; a later request sends it back in X-Neo4j-Bookmark, and its
// transactions run only on a member that has applied that write.
//
// The bookmark goes out sealed with an HMAC. Neo4j parses a raw bookmark it is sent, and one naming a
// transaction not yet committed (any client can forge one) makes each read wait for it, 30 s by
// default, whatever the transaction timeout: a few such requests would hold the driver's pool. A
// sealed one names a transaction that committed, so a read waits only for replication.

export const BOOKMARK_HEADER = 'x-neo4j-bookmark';

const MAX_HEADER_LENGTH = 2048;
const MAC_BYTES = 16;

/** A key for bookmarks alone, derived from the curator secret (writes, and so bookmarks, exist only with one). */
const keyOf = (secret: string) => createHmac('sha256', secret).update('livegraph bookmark key').digest();

const mac = (key: Buffer, payload: string) => createHmac('sha256', key).update(payload).digest().subarray(0, MAC_BYTES);

/** `<bookmarks as base64url JSON>.<MAC>`: what clients get and send back unchanged. */
export function sealBookmarks(bookmarks: readonly string[], secret: string): string {
  const payload = Buffer.from(JSON.stringify(bookmarks)).toString('base64url');
  return `${payload}.${mac(keyOf(secret), payload).toString('base64url')}`;
}

/** The bookmarks of a token sealBookmarks made with this secret; null for anything else. */
export function openBookmarks(token: string, secret: string): string[] | null {
  const [payload, tag, ...rest] = token.split('.');
  if (!payload || !tag || rest.length > 0) return null;
  const given = Buffer.from(tag, 'base64url');
  const expected = mac(keyOf(secret), payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const list: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    return Array.isArray(list) && list.every((b) => typeof b === 'string') ? list : null;
  } catch {
    return null;
  }
}

/** The request's causal chain, set by bookmarkHeader(). */
export const bookmarksOf = (res: Response): Bookmarks => (res.locals.bookmarks as Bookmarks | undefined) ?? new Bookmarks();

/**
 * Reads X-Neo4j-Bookmark into the request's causal chain (empty without the header), or answers 400
 * BAD_USER_INPUT before anything runs when it is not a bookmark this API issued.
 */
export function bookmarkHeader(secret: string | undefined): RequestHandler {
  return (req, res, next) => {
    const header = req.headers[BOOKMARK_HEADER];
    if (header === undefined) {
      res.locals.bookmarks = new Bookmarks();
      return next();
    }
    const token = Array.isArray(header) ? header.join(',') : header.trim();
    const bookmarks = secret !== undefined && token.length <= MAX_HEADER_LENGTH ? openBookmarks(token, secret) : null;
    if (!bookmarks) {
      return refuse(
        res,
        400,
        `The ${BOOKMARK_HEADER} header is not a bookmark this API issued: send back a write's extensions.bookmark unchanged.`,
        {
          code: 'BAD_USER_INPUT',
          header: BOOKMARK_HEADER,
        },
      );
    }
    res.locals.bookmarks = new Bookmarks(bookmarks);
    next();
  };
}

/** Puts the bookmark of the request's last committed write in the answer's `extensions.bookmark`. */
export function bookmarkPlugin(secret: string | undefined): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          const { bookmarks } = contextValue;
          if (secret === undefined || !bookmarks.advanced || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, bookmark: sealBookmarks(bookmarks.values, secret) };
        },
      };
    },
  };
}
