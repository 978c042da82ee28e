import type { Database, QueryOptions, Row } from '../../db/neo4j.js';
import { factConditions, type FactSelection } from '../facts.js';

// Counts and statistics of the facts a filter selects (the `facts` list's own conditions), per
// group and per unit and currency within it: values in different units are never added up.

/** How facts `f` become (f, group) rows: fixed text per grouping, never built from input. */
const GROUPINGS = {
  // A fact about an entity in two roles counts once for it.
  subject: 'MATCH (f)-[:ABOUT]->(g:Entity) WITH DISTINCT f, g.id AS group',
  document: 'MATCH (f)-[:EVIDENCED_BY]->(:Evidence)-[:QUOTES]->(d:Document) WITH DISTINCT f, d.id AS group',
  year: 'WITH f, f.periodStart.year AS group',
  kind: 'WITH f, f.kind AS group',
} as const;
export type FactGrouping = keyof typeof GROUPINGS;

/** The group's key: its id, year or kind (`undated` for facts without a period), then its unit and currency when it has them. */
const KEY = `coalesce(toString(group), 'undated') + coalesce('|' + unit, '') + coalesce('|' + currency, '')`;

/** At most `first` groups of the selected facts, largest count first, then by key. */
export async function aggregateFacts(
  db: Database,
  selection: FactSelection,
  grouping: FactGrouping,
  first: number,
  opts?: QueryOptions,
): Promise<Row[]> {
  const { where, params } = factConditions(selection);
  return db.read(
    `MATCH (f:Fact) ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ${GROUPINGS[grouping]}
     WITH group, f.unit AS unit, f.currency AS currency, count(f) AS count, count(f.value) AS valued,
          min(f.value) AS min, max(f.value) AS max, sum(f.value) AS sum, avg(f.value) AS avg
     WITH ${KEY} AS key, group, unit, currency, count, min, max, avg,
          CASE WHEN valued = 0 THEN null ELSE sum END AS sum
     ORDER BY count DESC, key
     LIMIT $first
     RETURN key, group, unit, currency, count, min, max, sum, avg`,
    { ...params, first },
    opts,
  );
}
