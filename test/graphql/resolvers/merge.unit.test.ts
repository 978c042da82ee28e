import { PositiveIntResolver } from 'graphql-scalars';
import { describe, expect, it } from 'vitest';
import { mergeResolvers } from '../../../src/graphql/resolvers/merge.js';

// Resolver modules united type by type, each field from the one module that defines it.

describe('mergeResolvers', () => {
  const stats = () => ({ nodeCount: 0, relationshipCount: 0, labels: [], relationshipTypes: [] });
  const fact = () => null;

  it('unites the fields modules define on the same type, and keeps scalars as given', () => {
    const merged = mergeResolvers({ Query: { graphStats: stats } }, { Query: { fact }, PositiveInt: PositiveIntResolver });
    expect(merged.Query).toEqual({ graphStats: stats, fact });
    expect(merged.PositiveInt).toBe(PositiveIntResolver);
  });

  it('refuses a field two modules define', () => {
    expect(() => mergeResolvers({ Query: { fact } }, { Query: { fact } })).toThrow('Resolver Query.fact is defined twice');
  });
});
