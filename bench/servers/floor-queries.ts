import { ENTITIES_ONLY, rankedHits } from '../../src/data/search.js';
import { allowListed, RELATIONSHIP_TYPE_NAMES } from '../../src/model/vocabulary.js';

// The floor: one hand-written Cypher statement per bench operation, what an expert would write to
// answer it in a single round trip. Each returns one column `result`; the neighbourhood and path
// statements are also the @cypher fields of the @neo4j/graphql target, so both run the same Cypher.

/** Every entity-to-entity relationship type, as `A|B|C` (the same set ours follows). */
const TYPES = RELATIONSHIP_TYPE_NAMES.map((t) => allowListed(t, RELATIONSHIP_TYPE_NAMES)).join('|');

/** Newest period first, undated last: the order ours lists an entity's facts in. */
const FACT_ORDER = 'f.periodStart IS NULL, f.periodStart DESC, f.periodEnd DESC, f.id';

/** The evidence of relationship `r` (stored as a list of Evidence ids on it) as quotes. */
const EDGE = `{id: r.key, type: type(r), source: startNode(r).id, target: endNode(r).id, role: r.role,
  quotes: COLLECT { UNWIND coalesce(r.evidenceIds, []) AS evidenceId MATCH (e:Evidence {id: evidenceId}) RETURN e.quote }}`;

const ENTITY_BY_ID = `
MATCH (n:Entity {id: $id})
RETURN n {.id, .name, .kind, facts: COLLECT {
  MATCH (f:Fact)-[:ABOUT]->(n)
  WITH DISTINCT f ORDER BY ${FACT_ORDER} LIMIT $factLimit
  RETURN f {.id, .statement, evidence: COLLECT {
    MATCH (f)-[:EVIDENCED_BY]->(e:Evidence)-[:QUOTES]->(d:Document)
    RETURN {quote: e.quote, title: d.title}
  }}
}} AS result`;

/** A keyset page by (name, id) after the row `$after` (null for the first page), with the total. */
const ORGANIZATION_PAGE = `
MATCH (n:Organization)
WHERE n.orgType = $orgType AND ($after IS NULL OR n.name > $after.name OR (n.name = $after.name AND n.id > $after.id))
WITH n ORDER BY n.name, n.id LIMIT $size
WITH collect(n {.id, .name, .orgType}) AS nodes
RETURN {nodes: nodes, totalCount: COUNT { MATCH (m:Organization) WHERE m.orgType = $orgType }} AS result`;

/** The best-connected cities, their first policies (their own and those of bodies and places within them, as ours has Place.policies), each policy's first issuer by name, and its newest facts. */
const NESTED = `
MATCH (c:Place) WHERE c.placeType = $placeType
WITH c ORDER BY c.degree DESC, c.id DESC LIMIT $cities
RETURN collect(c {.id, .name, policies: COLLECT {
  MATCH (c)<-[:LOCATED_IN*0..6]-(s:Entity)
  MATCH (s)-[r:APPLIES_TO|ISSUED]-(p:Policy)
  WITH DISTINCT s, r, p ORDER BY type(r), p.name, p.id, s <> c LIMIT $policies
  RETURN p {.id, .name, issuer: head(COLLECT {
    MATCH (i:Entity)-[:ISSUED]->(p)
    WITH i ORDER BY i.name, i.id LIMIT 1
    RETURN i {.id, .name, facts: COLLECT {
      MATCH (f:Fact)-[:ABOUT]->(i)
      WITH DISTINCT f ORDER BY ${FACT_ORDER} LIMIT $factLimit
      RETURN f {.id, .statement}
    }}
  })}
}}) AS result`;

/**
 * Two hops breadth-first: the first ring, then the second only while the first leaves room under
 * `$limit` (and no more of it than can be kept, plus one to tell truncation). Kept nearest first,
 * then best connected (the order ours keeps), with every relationship among the kept nodes.
 */
export const NEIGHBOURHOOD_2HOP = `
MATCH (c:Entity {id: $id})
WITH c, COLLECT { MATCH (c)-[:${TYPES}]-(m:Entity) WHERE m <> c RETURN DISTINCT m ORDER BY m.degree DESC, m.id } AS ring1
WITH c, ring1, COLLECT {
  UNWIND CASE WHEN size(ring1) <= $limit THEN ring1 ELSE [] END AS m1
  MATCH (m1)-[:${TYPES}]-(m:Entity)
  WHERE m <> c AND NOT m IN ring1
  RETURN DISTINCT m ORDER BY m.degree DESC, m.id LIMIT $limit + 1
} AS ring2
WITH c, ring1 + ring2 AS found
WITH c, found[0..$limit] AS kept, size(found) > $limit AS truncated
WITH c, kept, truncated, [c] + kept AS members
RETURN {
  nodes: [n IN members | n {.id, .name, .kind}],
  edges: COLLECT { UNWIND members AS a MATCH (a)-[r:${TYPES}]->(b:Entity) WHERE b IN members WITH r ORDER BY type(r), r.key RETURN ${EDGE} },
  truncated: truncated
} AS result`;

/** The paths searched are at most this long: Cypher wants a literal bound. */
export const MAX_HOPS = 4;

/** One row per shortest path, in the order ours lists them. */
export const SHORTEST_PATHS = `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
WHERE a <> b
MATCH p = allShortestPaths((a)-[:${TYPES}*..${MAX_HOPS}]-(b))
WITH p ORDER BY [n IN nodes(p) | n.id], [r IN relationships(p) | r.key] LIMIT $limit
RETURN {length: length(p), nodes: [n IN nodes(p) | n {.id, .name, .kind}], edges: [r IN relationships(p) | ${EDGE}]} AS result`;

/** The entity_text index in ours's ranking: its own statement (the ranking is the work, not a way to write it). */
const FULL_TEXT_SEARCH = `${rankedHits(ENTITIES_ONLY, false)}
RETURN {score: score, id: node.id, name: node.name, kind: node.kind} AS result`;

/** Statement per operation name; `many` when every row is one item of the answer. */
export const FLOOR_QUERIES: Record<string, { cypher: string; many?: boolean }> = {
  'entity-by-id': { cypher: ENTITY_BY_ID },
  'filtered-list': { cypher: ORGANIZATION_PAGE },
  'deep-page': { cypher: ORGANIZATION_PAGE },
  nested: { cypher: NESTED },
  'neighbourhood-2hop': { cypher: NEIGHBOURHOOD_2HOP },
  'shortest-paths': { cypher: SHORTEST_PATHS, many: true },
  'full-text-search': { cypher: FULL_TEXT_SEARCH, many: true },
};
