import type { Params } from '../db/neo4j.js';

/** Keyset position: the sort value and the id of an item (ids break ties). */
export interface Keyset {
  value: string | number | null;
  id: string;
}

/** One page to read: direction, size (one extra to see beyond), and where to start. */
export interface KeysetPage {
  backward: boolean;
  size: number;
  from: Keyset | null;
}

/**
 * WHERE and ORDER BY for one keyset page over `sort` (then `id` to break ties), with items that
 * have no sort value last. Only expressions from our own code are spliced in; cursor values
 * are parameters. Backward pages run in reverse order; the caller reverses the rows back.
 */
export function keysetClauses(
  sort: string,
  id: string,
  descending: boolean,
  page: KeysetPage,
): { where: string; orderBy: string; params: Params } {
  const desc = descending !== page.backward;
  const cmp = desc ? '<' : '>';
  const dir = desc ? 'DESC' : 'ASC';
  const orderBy = `${page.backward ? `${sort} IS NOT NULL` : `${sort} IS NULL`}, ${sort} ${dir}, ${id} ${dir}`;
  if (!page.from) return { where: 'true', orderBy, params: {} };
  const params = { cursorValue: page.from.value, cursorId: page.from.id };
  const sameNull = `(${sort} IS NULL AND ${id} ${cmp} $cursorId)`;
  const after = `(${sort} ${cmp} $cursorValue OR (${sort} = $cursorValue AND ${id} ${cmp} $cursorId))`;
  let where: string;
  if (page.from.value === null) where = page.backward ? `(${sameNull} OR ${sort} IS NOT NULL)` : sameNull;
  else where = page.backward ? after : `(${after} OR ${sort} IS NULL)`;
  return { where, orderBy, params };
}
