import { graphStats } from '../../data/stats.js';
import type { QueryResolvers } from '../generated/resolvers.js';
import { queryOptions } from '../query-options.js';

export const statsQueries = {
  graphStats: (_parent, _args, ctx) => graphStats(ctx.db, queryOptions(ctx, 'graphStats')),
} satisfies QueryResolvers;
