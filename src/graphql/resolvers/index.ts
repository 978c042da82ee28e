import { DateResolver, NonNegativeIntResolver } from 'graphql-scalars';
import type { Resolvers } from '../generated/resolvers.js';
import { statsQueries } from './stats.js';

export const resolvers: Resolvers = {
  Date: DateResolver,
  NonNegativeInt: NonNegativeIntResolver,
  Query: {
    ...statsQueries,
  },
};
