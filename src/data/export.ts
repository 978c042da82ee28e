import type { Database, QueryOptions, Row, Transaction } from '../db/neo4j.js';
import { allowListed, RELATIONSHIP_TYPE_NAMES } from '../model/vocabulary.js';
import { factEvidence } from './evidence.js';
import { EDGE, typeExpression } from './graph.js';
import { entityMap } from './projection.js';

// The whole public graph for exports (src/export/): entities, their relationships and, when asked,
// the facts. Neighbourhoods and paths come from graph.ts; documents from documents.ts.

export interface GraphSize {
  entities: number;
  relationships: number;
  facts: number;
}

/** One count per relationship type, each answered from Neo4j's count store. */
const RELATIONSHIP_COUNTS = RELATIONSHIP_TYPE_NAMES.map(
  (t) => `MATCH ()-[r:${allowListed(t, RELATIONSHIP_TYPE_NAMES)}]->() RETURN count(r) AS n`,
).join(' UNION ALL ');

/**
 * How big the whole graph is, from Neo4j's count store (no node or relationship is read), so that
 * an export too large to build is refused at once whatever the graph's size.
 */
export async function graphSize(db: Database, opts?: QueryOptions): Promise<GraphSize> {
  const [row] = await db.read(
    `CALL () { MATCH (n:Entity) RETURN count(n) AS entities }
     CALL () { MATCH (f:Fact) RETURN count(f) AS facts }
     CALL () { CALL () { ${RELATIONSHIP_COUNTS} } RETURN sum(n) AS relationships }
     RETURN entities, relationships, facts`,
    {},
    opts,
  );
  return { entities: Number(row?.entities), relationships: Number(row?.relationships), facts: Number(row?.facts) };
}

export interface WholeGraphRows {
  nodes: Row[];
  /** In data/graph.ts's EDGE shape. */
  edges: Row[];
  /** {fact, subjects: [{entity, role}], statedBy, evidence}; empty unless asked for. */
  facts: Row[];
}

const ENTITIES = `MATCH (n:Entity) WITH n ORDER BY n.id RETURN ${entityMap('n')} AS row`;
const RELATIONSHIPS = `MATCH (:Entity)-[r:${typeExpression([])}]->(:Entity) WITH r ORDER BY type(r), r.key RETURN ${EDGE} AS row`;
const FACTS = `MATCH (f:Fact) WITH f ORDER BY f.id
  RETURN {
    fact: f {.*},
    subjects: COLLECT { MATCH (f)-[a:ABOUT]->(n:Entity) WITH a, n ORDER BY a.role, n.id RETURN {entity: n.id, role: a.role} },
    statedBy: COLLECT { MATCH (f)-[:STATED_BY]->(n:Entity) RETURN n.id }[0],
    evidence: ${factEvidence(null)}
  } AS row`;

const rows = async (tx: Transaction, cypher: string) => (await tx.run(cypher)).map((r) => r.row as Row);

/** Every entity and relationship (and fact, when `withFacts`), read in one read transaction: one consistent snapshot. */
export function wholeGraph(db: Database, withFacts: boolean, opts?: QueryOptions): Promise<WholeGraphRows> {
  return db.readTransaction(
    async (tx) => ({
      nodes: await rows(tx, ENTITIES),
      edges: await rows(tx, RELATIONSHIPS),
      facts: withFacts ? await rows(tx, FACTS) : [],
    }),
    opts,
  );
}
