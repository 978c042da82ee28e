import type { Database, QueryOptions, Row } from '../../db/neo4j.js';
import { factEvidence } from '../evidence.js';
import { factConditions } from '../facts.js';
import { entityMap, factMap, type DocumentProjection, type EntityProjection, type FactProjection } from '../projection.js';

// One metric's dated values for several entities, in one statement: each entity with its facts of
// the metric, and for each fact the latest publication date of the documents that evidence it
// (what decides between facts that disagree).

export interface SeriesQuery {
  metric: string;
  /** Entity ids, in the order the lines should come. */
  subjects: readonly string[];
  /** Full dates (YYYY-MM-DD): periods ending on or after `from` and starting on or before `to`. */
  from: string | null;
  to: string | null;
}

/** What the request shows of the facts and the subjects. */
export interface SeriesProjection {
  subject: EntityProjection;
  fact: FactProjection;
  /** Also each fact's evidence, with these document properties (null for none). */
  withEvidence: boolean;
  evidenceDocuments: DocumentProjection | null;
}

export interface SeriesRow {
  subject: Row;
  facts: { fact: Row; publishedOn: string | null }[];
}

/** The subjects that exist, in the given order, each with its dated, valued facts of the metric. */
export async function seriesFacts(db: Database, q: SeriesQuery, shown: SeriesProjection, opts?: QueryOptions): Promise<SeriesRow[]> {
  const evidence = shown.withEvidence ? `evidence: ${factEvidence(shown.evidenceDocuments)}` : '';
  // The facts list's conditions: the metric, a period overlapping the range, and a value.
  const { where, params } = factConditions({
    metric: q.metric,
    periodOverlaps: { from: q.from ?? undefined, to: q.to ?? undefined },
    value: {},
  });
  const rows = await db.read(
    `UNWIND range(0, size($subjects) - 1) AS i
     MATCH (n:Entity {id: $subjects[i]})
     CALL (n) {
       MATCH (f:Fact)-[:ABOUT]->(n)
       WHERE ${where.join(' AND ')}
       WITH DISTINCT f
       CALL (f) {
         OPTIONAL MATCH (f)-[:EVIDENCED_BY]->(:Evidence)-[:QUOTES]->(d:Document)
         RETURN max(d.publishedOn) AS publishedOn
       }
       RETURN collect({fact: ${factMap('f', shown.fact, evidence)}, publishedOn: publishedOn}) AS facts
     }
     RETURN ${entityMap('n', shown.subject)} AS subject, facts ORDER BY i`,
    { ...params, subjects: q.subjects },
    opts,
  );
  return rows as unknown as SeriesRow[];
}
