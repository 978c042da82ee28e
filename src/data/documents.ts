import type { Database, QueryOptions, Row } from '../db/neo4j.js';
import { ifAsOf, publishedBy } from './as-of.js';
import { keysetClauses, type KeysetPage } from './keyset.js';
import type { ListStatement } from './list-statements.js';
import { documentMap } from './projection.js';

// Source documents: by id, in keyset pages, and as linked to entities by their mentions.

/**
 * Document `d` without its text: an article runs to many kilobytes and few fields ask for it
 * (see documentTexts), while titles and dates are wanted wherever a quote is shown.
 */
export const DOCUMENT_HEADER = documentMap('d');

/** Documents by id, as stored; ids that match nothing are absent from the map. */
export async function documentsByIds(db: Database, ids: readonly string[], opts?: QueryOptions): Promise<Map<string, Row>> {
  const rows = await db.read(`UNWIND $ids AS id MATCH (d:Document {id: id}) RETURN ${DOCUMENT_HEADER} AS d`, { ids }, opts);
  return new Map(rows.map((r) => [String((r.d as Row).id), r.d as Row]));
}

/** The full texts of documents by id. */
export async function documentTexts(db: Database, ids: readonly string[], opts?: QueryOptions): Promise<Map<string, string>> {
  const rows = await db.read('UNWIND $ids AS id MATCH (d:Document {id: id}) RETURN id, d.text AS text', { ids }, opts);
  return new Map(rows.map((r) => [String(r.id), String(r.text)]));
}

/** Sort expressions documents can be ordered by. */
const DOCUMENT_SORTS = { publishedOn: 'd.publishedOn', title: 'd.title' } as const;

export interface DocumentOrder {
  sort: keyof typeof DOCUMENT_SORTS;
  descending: boolean;
}

/** The list's statements: a keyset page of documents (headers, no text), and how many there are. */
export function documentList(order: DocumentOrder, page: KeysetPage): ListStatement {
  const keyset = keysetClauses(DOCUMENT_SORTS[order.sort], 'd.id', order.descending, page);
  return {
    page: `MATCH (d:Document) WHERE ${keyset.where} WITH d ORDER BY ${keyset.orderBy} LIMIT $limit`,
    row: DOCUMENT_HEADER,
    count: 'MATCH (d:Document) RETURN count(d) AS total',
    params: { ...keyset.params, limit: page.size + 1 },
  };
}

/** The entities each of many documents mentions, by name; only of these kinds (Neo4j labels) unless null. */
export async function entitiesOfDocuments(
  db: Database,
  ids: readonly string[],
  kinds: readonly string[] | null,
  opts?: QueryOptions,
): Promise<Map<string, Row[]>> {
  const rows = await db.read(
    `UNWIND $ids AS id
     MATCH (:Document {id: id})<-[:QUOTES]-(:Evidence)<-[:MENTIONED_IN]-(n:Entity)
     WHERE $kinds IS NULL OR n.kind IN $kinds
     WITH DISTINCT id, n ORDER BY n.name, n.id
     RETURN id, collect(n {.*}) AS entities`,
    { ids, kinds },
    opts,
  );
  return new Map(rows.map((r) => [String(r.id), r.entities as Row[]]));
}

/** The documents that mention each of many entities, by id. */
export async function documentsOfEntities(
  db: Database,
  ids: readonly string[],
  opts?: QueryOptions,
  asOf: string | null = null,
): Promise<Map<string, Row[]>> {
  const rows = await db.read(
    `UNWIND $ids AS id
     MATCH (:Entity {id: id})-[:MENTIONED_IN]->(:Evidence)-[:QUOTES]->(d:Document)
     WHERE ${ifAsOf(asOf, publishedBy('d', '$asOf'))}
     WITH DISTINCT id, d ORDER BY d.id
     RETURN id, collect(${DOCUMENT_HEADER}) AS documents`,
    { ids, asOf },
    opts,
  );
  return new Map(rows.map((r) => [String(r.id), r.documents as Row[]]));
}
