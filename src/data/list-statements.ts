import type { Database, Params, QueryOptions, Row } from '../db/neo4j.js';

// A keyset-paginated list as the statements it can run: its page, the count of every row its
// filter keeps, or both in one statement (one round trip when a query shows the total).

export interface ListStatement {
  /** `MATCH … WITH x ORDER BY … LIMIT $limit`: the page's rows, sorted and cut before any projection (which would read every candidate's properties). */
  page: string;
  /** How one of the page's rows is returned, e.g. `n {.id, .name}`. */
  row: string;
  /** `MATCH … RETURN count(x) AS total`: every row the filter keeps. */
  count: string;
  params: Params;
}

/** The page's rows (size + 1 of them when there is a next page, in query order). */
export async function readPage(db: Database, list: ListStatement, opts?: QueryOptions): Promise<Row[]> {
  const rows = await db.read(`${list.page} RETURN ${list.row} AS row`, list.params, opts);
  return rows.map((r) => r.row as Row);
}

/** How many rows the filter keeps. */
export async function readCount(db: Database, list: ListStatement, opts?: QueryOptions): Promise<number> {
  const [row] = await db.read(list.count, list.params, opts);
  return Number(row?.total ?? 0);
}

/** The page and the count, in one statement. */
export async function readPageAndCount(db: Database, list: ListStatement, opts?: QueryOptions): Promise<{ rows: Row[]; total: number }> {
  const [row] = await db.read(
    `CALL () { ${list.count} } CALL () { ${list.page} RETURN collect(${list.row}) AS rows } RETURN rows, total`,
    list.params,
    opts,
  );
  return { rows: (row?.rows ?? []) as Row[], total: Number(row?.total ?? 0) };
}
