// As-of: what the documents published by a date said. One condition, shared by every statement that
// takes an `asOf` parameter, so that facts, and what else learns it, read the same rule.

/**
 * The last day a partial ISO date (2024, 2024-06 or 2024-11-28) can stand for: a document dated
 * only by its year counts as published by a date when it surely was, i.e. from the year's last day.
 */
const lastDayOf = (p: string) =>
  `CASE size(${p}) WHEN 4 THEN date(${p} + '-12-31') WHEN 7 THEN date(${p} + '-01') + duration('P1M') - duration('P1D') ELSE date(${p}) END`;

/** The condition that document `d` was published on or before the date parameter `param`. */
export const publishedBy = (d: string, param: string) =>
  `(${d}.publishedOn IS NOT NULL AND ${lastDayOf(`${d}.publishedOn`)} <= date(${param}))`;

/** The condition that relationship `r` lists (in `evidenceIds`) a quote of a document published by the date parameter `param`. */
export const evidencedBy = (r: string, param: string) =>
  `EXISTS { UNWIND coalesce(${r}.evidenceIds, []) AS asOfEvidence
     MATCH (:Evidence {id: asOfEvidence})-[:QUOTES]->(asOfDoc:Document) WHERE ${publishedBy('asOfDoc', param)} }`;

/**
 * The condition that item `variable` is evidenced (through `link`: EVIDENCED_BY for facts,
 * MENTIONED_IN for entities) by at least one document published on or before the date parameter
 * `param` (YYYY-MM-DD).
 */
export const knownBy = (variable: string, link: 'EVIDENCED_BY' | 'MENTIONED_IN', param: string) =>
  `EXISTS { MATCH (${variable})-[:${link}]->(:Evidence)-[:QUOTES]->(asOfDoc:Document) WHERE ${publishedBy('asOfDoc', param)} }`;

/**
 * `condition` when a day is given, else nothing to check: a statement without a day keeps its plain
 * text (and plan), and only reads documents when asked to.
 */
export const ifAsOf = (asOf: string | null | undefined, condition: string) => (asOf ? condition : 'true');
