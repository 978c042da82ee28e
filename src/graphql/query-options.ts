import type { QueryOptions } from '../db/neo4j.js';
import type { GraphQLContext } from './context.js';

/** Transaction metadata that ties a Neo4j transaction to the HTTP request that caused it, and its time limit. */
export function queryOptions(ctx: GraphQLContext, field: string): QueryOptions {
  return { metadata: { app: 'livegraph', requestId: ctx.requestId, field }, timeoutMs: ctx.queryTimeoutMs };
}
