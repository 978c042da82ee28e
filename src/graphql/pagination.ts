import type { GraphQLResolveInfo } from 'graphql';
import type { Keyset, KeysetPage } from '../data/keyset.js';
import { readCount, readPage, readPageAndCount, type ListStatement } from '../data/list-statements.js';
import type { Row } from '../db/neo4j.js';
import type { GraphQLContext } from './context.js';
import { badInput } from './inputs.js';
import { selects } from './lookahead.js';
import { queryOptions } from './query-options.js';
import type { PageShape } from './shapes.js';

const MAX_PAGE_SIZE = 100;
const DEFAULT_PAGE_SIZE = 20;

/** What a cursor holds: sort values, then an id. */
export type CursorValue = string | number | null;

/** A cursor: the item's sort values and id, as base64url JSON. */
export function encodeCursor(values: readonly CursorValue[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

/** A sort value as encodeCursor writes it. A map, a list or Infinity (what 1e400 parses to) would compare with nothing and answer an empty page. */
const isSortValue = (value: unknown): value is CursorValue =>
  value === null || typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));

/**
 * The `length` values of a cursor encodeCursor made, the last an id, or BAD_USER_INPUT naming
 * `argument`. A cursor is taken only if encoding its values gives it back: a number that parsing
 * rounded (an integer past 2^53 written out by hand) or any other text encodeCursor would not
 * write is not one of ours.
 */
export function decodeCursor(argument: string, cursor: string, length: number): CursorValue[] {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(parsed) && parsed.length === length && parsed.every(isSortValue) && typeof parsed.at(-1) === 'string') {
      if (encodeCursor(parsed) === cursor) return parsed;
    }
  } catch {
    // fall through to the error below
  }
  throw badInput(argument, 'is not a cursor this API issued');
}

const keysetCursor = (k: Keyset): string => encodeCursor([k.value, k.id]);

function decodeKeyset(argument: string, cursor: string): Keyset {
  const [value, id] = decodeCursor(argument, cursor, 2);
  return { value: value!, id: id as string };
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** Validates Relay arguments: first or last (not both), each 1..100, cursors this API issued. */
export function pageRequest(args: PageArgs): KeysetPage {
  if (args.first != null && args.last != null) throw badInput('last', 'cannot be combined with first');
  if (args.after != null && args.before != null) throw badInput('before', 'cannot be combined with after');
  const backward = args.last != null || (args.before != null && args.first == null);
  const size = backward ? (args.last ?? DEFAULT_PAGE_SIZE) : (args.first ?? DEFAULT_PAGE_SIZE);
  if (size < 1 || size > MAX_PAGE_SIZE) throw badInput(backward ? 'last' : 'first', `must be between 1 and ${MAX_PAGE_SIZE}, got ${size}`);
  const cursor = backward ? args.before : args.after;
  const from = cursor != null ? decodeKeyset(backward ? 'before' : 'after', cursor) : null;
  return { backward, size, from };
}

/**
 * Builds a connection from the rows of a keyset query that asked for `size + 1` rows in
 * query order (reversed when paginating backward).
 */
export function toPage<T>(req: KeysetPage, rows: T[], keyOf: (item: T) => Keyset, count: () => Promise<number>): PageShape<T> {
  const more = rows.length > req.size;
  const items = rows.slice(0, req.size);
  if (req.backward) items.reverse();
  const edges = items.map((node) => ({ cursor: keysetCursor(keyOf(node)), node }));
  return {
    edges,
    nodes: items,
    pageInfo: {
      hasNextPage: req.backward ? req.from !== null : more,
      hasPreviousPage: req.backward ? more : req.from !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: count,
  };
}

/**
 * A list's page rows and its total: counted in the page's own statement when the query selects
 * `totalCount` (one round trip), otherwise by a count statement of its own, only if asked for.
 */
export async function readList(
  ctx: GraphQLContext,
  info: GraphQLResolveInfo,
  list: ListStatement,
  name: string,
): Promise<{ rows: Row[]; count: () => Promise<number> }> {
  if (selects(ctx, info, 'totalCount')) {
    const { rows, total } = await readPageAndCount(ctx.db, list, queryOptions(ctx, name));
    return { rows, count: () => Promise.resolve(total) };
  }
  return {
    rows: await readPage(ctx.db, list, queryOptions(ctx, name)),
    count: () => readCount(ctx.db, list, queryOptions(ctx, `${name}.totalCount`)),
  };
}
