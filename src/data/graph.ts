import type { Database, QueryOptions, Row } from '../db/neo4j.js';
import { DOCUMENT_HEADER } from './documents.js';
import { RELATIONSHIP_EVIDENCE } from './evidence.js';
import { entityMap, type EntityProjection } from './projection.js';
import { edgeAddress } from '../model/edge-ids.js';
import { allowListed, RELATIONSHIP_TYPE_NAMES, type RelationshipType } from '../model/vocabulary.js';

// Neighbourhoods, paths and connections over the curated entity-to-entity relationships only:
// walking through facts or evidence would connect any two entities one article happens to name.

/** The neighbourhood statement searches this many rings, each only as far as the caller's `$depth`. */
export const MAX_DEPTH = 3;
/**
 * Cypher wants a literal bound on variable-length patterns, so the path search goes this far and
 * filters by the caller's `$maxHops` (it is breadth-first, so the fixed bound costs little).
 */
export const MAX_HOPS = 6;
/** The most entities a neighbourhood holds besides its centre, and the most paths a path search returns. */
export const MAX_NEIGHBORHOOD_NODES = 500;
export const MAX_PATHS = 25;

/** `A|B|C` from allow-listed relationship type names only; every type of the vocabulary when none are given. */
export function typeExpression(types: readonly RelationshipType[]): string {
  return (types.length ? types : RELATIONSHIP_TYPE_NAMES).map((t) => allowListed(t, RELATIONSHIP_TYPE_NAMES)).join('|');
}

/** The relationship `r` as a row for edgeRecord(), with the Evidence nodes its `evidenceIds` name. */
export const EDGE = `{type: type(r), source: startNode(r).id, target: endNode(r).id, props: properties(r),
  evidence: ${RELATIONSHIP_EVIDENCE}}`;

export interface NeighborhoodQuery {
  id: string;
  depth: number;
  types: readonly RelationshipType[];
  /** Most entities besides the centre. */
  limit: number;
  /** The entities' properties to return. */
  projection: EntityProjection;
}

export interface SubgraphRows {
  center: Row;
  /** Nearest first, then the best connected; the centre is not among them. */
  nodes: Row[];
  edges: Row[];
  truncated: boolean;
}

/**
 * One ring of the breadth-first search: the entities next to `ring`, not already `found`, best
 * connected first. Only searched while `found` still fits under the limit (then it is complete);
 * at most limit + 1 kept, enough to tell truncation. LIMIT cannot read variables, hence the slice.
 */
const nextRing = (types: string, ring: string, found: string, minDepth: number) => `COLLECT {
       UNWIND CASE WHEN $depth >= ${minDepth} AND size(${found}) <= $limit THEN ${ring} ELSE [] END AS inner
       MATCH (inner)-[:${types}]-(m:Entity)
       WHERE m <> c AND NOT m IN ${found}
       RETURN DISTINCT m ORDER BY m.degree DESC, m.id LIMIT $limit + 1
     }`;

/**
 * The entity and those within `depth` relationships of it, with every relationship among them,
 * in one statement; null when no entity has the id. When `limit` cuts, the nearest and best
 * connected entities stay. Ring by ring rather than as variable-length paths: enumerating every
 * path to a hub's neighbours costs what the hub's degree multiplied, a ring costs it once.
 */
export async function neighborhood(db: Database, q: NeighborhoodQuery, opts?: QueryOptions): Promise<SubgraphRows | null> {
  const types = typeExpression(q.types);
  const [row] = await db.read(
    `MATCH (c:Entity {id: $id})
     WITH c, COLLECT {
       MATCH (c)-[:${types}]-(m:Entity) WHERE m <> c
       RETURN DISTINCT m ORDER BY m.degree DESC, m.id LIMIT $limit + 1
     } AS ring1
     WITH c, ring1, ${nextRing(types, 'ring1', 'ring1', 2)} AS ring2
     WITH c, ring1 + ring2 AS found, ring2
     WITH c, found + ${nextRing(types, 'ring2', 'found', 3)} AS found
     WITH c, found[0..$limit] AS kept, size(found) > $limit AS truncated
     WITH c, kept, truncated, [c] + kept AS members
     CALL (members) {
       UNWIND members AS a
       MATCH (a)-[r:${types}]->(b:Entity)
       WHERE b IN members
       WITH r ORDER BY type(r), r.key
       RETURN collect(${EDGE}) AS edges
     }
     RETURN ${entityMap('c', q.projection)} AS center, [n IN kept | ${entityMap('n', q.projection)}] AS nodes, edges, truncated`,
    { id: q.id, depth: q.depth, limit: q.limit },
    opts,
  );
  return (row as SubgraphRows | undefined) ?? null;
}

export interface PathsQuery {
  from: string;
  to: string;
  maxHops: number;
  types: readonly RelationshipType[];
  limit: number;
  /** The entities' properties to return. */
  projection: EntityProjection;
}

export interface PathRows {
  nodes: Row[];
  edges: Row[];
}

/** The shortest paths between two distinct entities, each as its nodes and edges in order; none when unconnected within `maxHops`. */
export async function shortestPaths(db: Database, q: PathsQuery, opts?: QueryOptions): Promise<PathRows[]> {
  // The length filter comes after the search: inside it, Neo4j would fall back to trying every path.
  const rows = await db.read(
    `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
     WHERE a <> b
     MATCH p = allShortestPaths((a)-[:${typeExpression(q.types)}*..${MAX_HOPS}]-(b))
     WITH p WHERE length(p) <= $maxHops
     WITH p ORDER BY [n IN nodes(p) | n.id], [r IN relationships(p) | r.key] LIMIT $limit
     RETURN [n IN nodes(p) | ${entityMap('n', q.projection)}] AS nodes, [r IN relationships(p) | ${EDGE}] AS edges`,
    { from: q.from, to: q.to, maxHops: q.maxHops, limit: q.limit },
    opts,
  );
  return rows as unknown as PathRows[];
}

export interface ConnectionRows {
  a: Row;
  b: Row;
  documents: Row[];
  facts: Row[];
  edges: Row[];
}

/**
 * What two entities share: the documents that mention both, the facts about both (or about one
 * and stated by the other), and the relationships between them. Null when either id is unknown.
 */
export async function connections(db: Database, a: string, b: string, opts?: QueryOptions): Promise<ConnectionRows | null> {
  const [row] = await db.read(
    `MATCH (a:Entity {id: $a}), (b:Entity {id: $b})
     RETURN a {.*} AS a, b {.*} AS b,
       COLLECT {
         MATCH (a)-[:MENTIONED_IN]->(:Evidence)-[:QUOTES]->(d:Document)
         WHERE EXISTS { (b)-[:MENTIONED_IN]->(:Evidence)-[:QUOTES]->(d) }
         WITH DISTINCT d ORDER BY d.publishedOn, d.id
         RETURN ${DOCUMENT_HEADER}
       } AS documents,
       COLLECT {
         MATCH (a)<-[ra:ABOUT|STATED_BY]-(f:Fact)-[rb:ABOUT|STATED_BY]->(b)
         WHERE type(ra) = 'ABOUT' OR type(rb) = 'ABOUT'
         WITH DISTINCT f ORDER BY f.periodStart, f.id
         RETURN f {.*}
       } AS facts,
       COLLECT {
         MATCH (a)-[r:${typeExpression([])}]-(b)
         WITH r ORDER BY type(r), r.key
         RETURN ${EDGE}
       } AS edges`,
    { a, b },
    opts,
  );
  return (row as ConnectionRows | undefined) ?? null;
}

/**
 * Relationships by id (src/model/edge-ids.ts), as EDGE rows; ids that match nothing are absent. Found
 * from their source entity: the type is compared as a value, so no caller text becomes Cypher.
 */
export async function edgesByIds(db: Database, ids: readonly string[], opts?: QueryOptions): Promise<Map<string, Row>> {
  const edges = ids.map(edgeAddress).filter((e) => e !== null);
  const rows = await db.read(
    `UNWIND $edges AS asked
     MATCH (:Entity {id: asked.from})-[r {key: asked.key}]->(:Entity {id: asked.to})
     WHERE type(r) = asked.type
     RETURN asked.key AS id, ${EDGE} AS edge`,
    { edges },
    opts,
  );
  return new Map(rows.map((r) => [String(r.id), r.edge as Row]));
}
