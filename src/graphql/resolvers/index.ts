import { DateResolver, NonNegativeIntResolver, PositiveIntResolver } from 'graphql-scalars';
import type { Resolvers } from '../generated/resolvers.js';
import { behaviourOf, PartialDateResolver } from '../scalars.js';
import { analyticsResolvers } from './analytics.js';
import { curationResolvers } from './curation.js';
import { documentsResolvers } from './documents.js';
import { entityResolvers } from './entities.js';
import { factsResolvers } from './facts.js';
import { graphResolvers } from './graph.js';
import { healthResolvers } from './health.js';
import { mergeResolvers } from './merge.js';
import { searchResolvers } from './search.js';
import { statsQueries } from './stats.js';

const scalars = {
  Date: behaviourOf(DateResolver),
  PartialDate: behaviourOf(PartialDateResolver),
  NonNegativeInt: behaviourOf(NonNegativeIntResolver),
  PositiveInt: behaviourOf(PositiveIntResolver),
} satisfies Resolvers;

export const resolvers: Resolvers = mergeResolvers(
  scalars,
  { Query: statsQueries },
  entityResolvers,
  factsResolvers,
  analyticsResolvers,
  documentsResolvers,
  graphResolvers,
  healthResolvers,
  searchResolvers,
  curationResolvers,
);
