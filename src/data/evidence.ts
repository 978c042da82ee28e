import type { Database, QueryOptions, Row } from '../db/neo4j.js';
import { ifAsOf, publishedBy } from './as-of.js';
import { documentMap, type DocumentProjection } from './projection.js';

// Evidence (verbatim quotes): by id, and as cited by entities, facts and documents.

/** Evidence by id, as stored; ids that match nothing are absent from the map. */
export async function evidenceByIds(db: Database, ids: readonly string[], opts?: QueryOptions): Promise<Map<string, Row>> {
  const rows = await db.read('UNWIND $ids AS id MATCH (e:Evidence {id: id}) RETURN e {.*} AS e', { ids }, opts);
  return new Map(rows.map((r) => [String((r.e as Row).id), r.e as Row]));
}

/**
 * The pattern from the owner (bound to `id`) to its evidence `e`: each is spliced from this
 * fixed table only, never from input.
 */
const CITED_BY = {
  /** Where the sources name an entity. */
  entity: '(:Entity {id: id})-[:MENTIONED_IN]->(e:Evidence)',
  /** The quotes a fact rests on. */
  fact: '(:Fact {id: id})-[:EVIDENCED_BY]->(e:Evidence)',
  /** Every quote taken from a document. */
  document: '(:Document {id: id})<-[:QUOTES]-(e:Evidence)',
} as const;

/** The evidence of many entities, facts or documents at once (quoting documents published by `asOf`, when given), by document and then position in its text. */
export async function evidenceOf(
  db: Database,
  owner: keyof typeof CITED_BY,
  ids: readonly string[],
  opts?: QueryOptions,
  asOf: string | null = null,
): Promise<Map<string, Row[]>> {
  const rows = await db.read(
    `UNWIND $ids AS id
     MATCH ${CITED_BY[owner]}
     WHERE ${ifAsOf(asOf, `EXISTS { MATCH (e)-[:QUOTES]->(d:Document) WHERE ${publishedBy('d', '$asOf')} }`)}
     WITH id, e ORDER BY e.documentId, e.start, e.end
     RETURN id, collect(e {.*}) AS evidence`,
    { ids, asOf },
    opts,
  );
  return new Map(rows.map((r) => [String(r.id), r.evidence as Row[]]));
}

/** The Evidence nodes relationship `r` names in its `evidenceIds`, in that order (a Cypher expression). */
export const RELATIONSHIP_EVIDENCE =
  'COLLECT { UNWIND coalesce(r.evidenceIds, []) AS evidenceId MATCH (e:Evidence {id: evidenceId}) RETURN e {.*} }';

/**
 * The evidence of fact `f` in text order, each quote with the projected properties of its document
 * when given: spliced into a fact query when the request shows quotes, so they come in the same
 * round trip as the facts.
 */
export function factEvidence(documents: DocumentProjection | null): string {
  if (!documents) return 'COLLECT { MATCH (f)-[:EVIDENCED_BY]->(e:Evidence) WITH e ORDER BY e.documentId, e.start, e.end RETURN e {.*} }';
  return `COLLECT {
  MATCH (f)-[:EVIDENCED_BY]->(e:Evidence)-[:QUOTES]->(d:Document)
  WITH e, d ORDER BY e.documentId, e.start, e.end
  RETURN e {.*, document: ${documentMap('d', documents)}}
}`;
}
