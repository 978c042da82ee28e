import { fullTextSearch, type SearchScope } from '../../data/search.js';
import { labelOf } from '../enums.js';
import type { Resolvers, SearchKind } from '../generated/resolvers.js';
import { inRange, text } from '../inputs.js';
import { selects } from '../lookahead.js';
import { selectedEntityProjection } from '../projection.js';
import { queryOptions } from '../query-options.js';
import { searchHit, searchWords } from './search-hits.js';

const MAX_HITS = 100;

/** The kinds argument as what to search: everything when omitted or empty. */
function scopeOf(kinds: readonly SearchKind[] | null | undefined): SearchScope {
  if (!kinds?.length) return { entityKinds: null, facts: true, documents: true };
  return {
    entityKinds: kinds.filter((k) => k !== 'FACT' && k !== 'DOCUMENT').map(labelOf),
    facts: kinds.includes('FACT'),
    documents: kinds.includes('DOCUMENT'),
  };
}

export const searchResolvers = {
  Query: {
    search: async (_parent, args, ctx, info) => {
      const query = text('text', args.text);
      const first = inRange('first', args.first, 1, MAX_HITS);
      // The matched field and its snippet are found in the indexed texts, which only they need.
      const projection = selects(ctx, info, 'field') || selects(ctx, info, 'snippet') ? 'all' : selectedEntityProjection(ctx, info);
      const rows = await fullTextSearch(ctx.db, query, scopeOf(args.kinds), first, projection, queryOptions(ctx, 'search'));
      const words = searchWords(query);
      return rows.map((row) => searchHit(row, words));
    },
  },
  SearchResult: {
    // Hits carry the GraphQL type they were built as: an entity's label, Fact or Document.
    __resolveType: (node) => node.__typename,
  },
} satisfies Resolvers;
