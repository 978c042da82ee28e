import type { QueryOptions } from '../db/neo4j.js';
import { DatabaseError } from '../db/neo4j.js';
import type { GraphQLContext } from './context.js';

/**
 * Transaction metadata that ties a Neo4j transaction to the HTTP request that caused it, and its time
 * limit: the per-transaction timeout, cut to what is left of the request's deadline, so that Neo4j
 * itself stops the request's outstanding work when the deadline passes.
 */
export function queryOptions(ctx: GraphQLContext, field: string): QueryOptions {
  const left = ctx.deadline - Date.now();
  if (left <= 0) throw new DatabaseError('timeout', 'The request passed its deadline before this query ran', undefined);
  return {
    metadata: { app: 'livegraph', requestId: ctx.requestId, field },
    timeoutMs: Math.min(ctx.queryTimeoutMs, left),
    bookmarks: ctx.bookmarks,
  };
}
