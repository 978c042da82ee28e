import type { GraphQLResolveInfo } from 'graphql';
import { countSearchHits, fullTextSearch, type SearchKeyset, type SearchRow, type SearchScope } from '../../data/search.js';
import { readSearchText } from '../../data/search-text.js';
import type { GraphQLContext } from '../context.js';
import { labelOf } from '../enums.js';
import type { Resolvers, SearchKind } from '../generated/resolvers.js';
import { badInput, inRange, text } from '../inputs.js';
import { fieldNamed, selectionBelow, selectionsOf } from '../lookahead.js';
import { decodeCursor, encodeCursor } from '../pagination.js';
import { selectedEntityProjection } from '../projection.js';
import { queryOptions } from '../query-options.js';
import { searchHit } from './search-hits.js';

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

/**
 * A hit's cursor: its place in the ranking, which the next page's statement starts after (a
 * keyset, like every list's cursors, so a page costs the same however deep).
 */
const cursorOf = (row: SearchRow): string => encodeCursor([row.rank, row.nameLength, row.score, row.id]);

const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

function afterOf(cursor: string | null | undefined): SearchKeyset | null {
  if (cursor == null) return null;
  const [rank, nameLength, score, id] = decodeCursor('after', cursor, 4);
  if (!isCount(rank) || !isCount(nameLength) || typeof score !== 'number') throw badInput('after', 'is not a cursor of a search');
  return { rank, nameLength, score, id: id as string };
}

/** Whether the edges show how a hit matched: finding out reads every indexed property of the hit. */
function showsMatch(ctx: GraphQLContext, info: GraphQLResolveInfo): boolean {
  const edges = fieldNamed(selectionBelow(ctx, info), 'edges');
  const below = edges && selectionsOf(ctx, info).below(edges);
  return ['field', 'snippet', 'matchedBy'].some((name) => fieldNamed(below, name));
}

export const searchResolvers = {
  Query: {
    search: async (_parent, args, ctx, info) => {
      const query = readSearchText(text('text', args.text));
      const first = inRange('first', args.first, 1, MAX_HITS);
      const after = afterOf(args.after);
      const scope = scopeOf(args.kinds);
      const projection = showsMatch(ctx, info) ? 'all' : selectedEntityProjection(ctx, info);
      const page = { limit: first + 1, after };
      const rows = await fullTextSearch(ctx.db, query, scope, page, projection, queryOptions(ctx, 'search'));
      const edges = rows.slice(0, first).map((row) => ({ ...searchHit(row, query), cursor: cursorOf(row) }));
      return {
        edges,
        nodes: edges.map((e) => e.node),
        pageInfo: {
          hasNextPage: rows.length > first,
          hasPreviousPage: after !== null,
          startCursor: edges[0]?.cursor ?? null,
          endCursor: edges.at(-1)?.cursor ?? null,
        },
        totalCount: () => countSearchHits(ctx.db, query, scope, queryOptions(ctx, 'search.totalCount')),
      };
    },
  },
  SearchConnection: { totalCount: (page) => page.totalCount() },
  SearchResult: {
    // Hits carry the GraphQL type they were built as: an entity's label, Fact or Document.
    __resolveType: (node) => node.__typename,
  },
} satisfies Resolvers;
