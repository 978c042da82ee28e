import type { Database, QueryOptions, Row } from '../../db/neo4j.js';
import { keysetClauses, type KeysetPage } from '../keyset.js';
import type { ListStatement } from '../list-statements.js';
import { entityMap, type EntityProjection } from '../projection.js';

// Metrics: the keys facts use, with their catalogue entry (:Metric, seeds/metrics.json) when it
// has one, and what their facts add up to. A key is a metric as soon as a fact uses it, so that
// a curator's new key is listed too (without a description).

/** `key` and `m` (its :Metric or null) in scope → the metric's statistics over its facts. */
const METRIC_STATS = `CALL (key) {
       MATCH (f:Fact {metric: key})
       OPTIONAL MATCH (f)-[:ABOUT]->(s:Entity)
       RETURN collect(DISTINCT f.unit) AS units, count(DISTINCT f) AS factCount, count(DISTINCT s) AS subjectCount,
              min(f.periodStart) AS periodStart, max(f.periodEnd) AS periodEnd
     }`;
const METRIC_ROW =
  '{key: key, description: m.description, units: units, factCount: factCount, subjectCount: subjectCount, periodStart: periodStart, periodEnd: periodEnd}';

export interface MetricListQuery {
  /** Lower-cased text the key or the description contains. */
  contains?: string;
  /** Only metrics with a fact about this entity (an id). */
  subject?: string;
}

/** The list's statements: a keyset page of the metrics by key, with their statistics, and their count. */
export function metricList(q: MetricListQuery, page: KeysetPage): ListStatement {
  const keyset = keysetClauses('key', 'key', false, page);
  const about = q.subject === undefined ? '' : 'AND EXISTS { MATCH (f)-[:ABOUT]->(:Entity {id: $subject}) }';
  const contains =
    q.contains === undefined ? 'true' : `(toLower(key) CONTAINS $contains OR toLower(coalesce(m.description, '')) CONTAINS $contains)`;
  const keys = `MATCH (f:Fact) WHERE f.metric IS NOT NULL ${about}
     WITH DISTINCT f.metric AS key
     OPTIONAL MATCH (m:Metric {key: key})
     WITH key, m WHERE ${contains}`;
  return {
    page: `${keys} AND ${keyset.where}
     WITH key, m ORDER BY ${keyset.orderBy} LIMIT $limit
     ${METRIC_STATS}`,
    row: METRIC_ROW,
    count: `${keys} RETURN count(key) AS total`,
    params: { subject: q.subject ?? null, contains: q.contains ?? null, ...keyset.params, limit: page.size + 1 },
  };
}

/** Metrics by key, with their statistics; keys no fact uses are absent from the map. */
export async function metricsByKeys(db: Database, keys: readonly string[], opts?: QueryOptions): Promise<Map<string, Row>> {
  const rows = await db.read(
    `UNWIND $keys AS key
     OPTIONAL MATCH (m:Metric {key: key})
     ${METRIC_STATS}
     WITH key, m, units, factCount, subjectCount, periodStart, periodEnd WHERE factCount > 0
     RETURN ${METRIC_ROW} AS row`,
    { keys },
    opts,
  );
  return new Map(rows.map((r) => [String((r.row as Row).key), r.row as Row]));
}

/** The entities the facts of each of many metrics are about, most facts first, at most `first` each. */
export async function subjectsOfMetrics(
  db: Database,
  keys: readonly string[],
  first: number,
  projection: EntityProjection,
  opts?: QueryOptions,
): Promise<Map<string, Row[]>> {
  const rows = await db.read(
    `UNWIND $keys AS key
     CALL (key) {
       MATCH (f:Fact {metric: key})-[:ABOUT]->(n:Entity)
       WITH n, count(DISTINCT f) AS facts ORDER BY facts DESC, n.name, n.id LIMIT $first
       RETURN collect(${entityMap('n', projection)}) AS subjects
     }
     RETURN key, subjects`,
    { keys, first },
    opts,
  );
  return new Map(rows.map((r) => [String(r.key), r.subjects as Row[]]));
}
