import type { Database, QueryOptions } from '../db/neo4j.js';
import type { AuditEntity, AuditFact, AuditRelationship, AuditSnapshot } from '../audit/snapshot.js';
import { typeExpression } from './graph.js';

// What the knowledge audit reads: every entity, every relationship between two entities with its
// quotes, and every fact with the entities it concerns. Three statements in one read transaction,
// so the checks see one consistent graph.

const ENTITIES = `
MATCH (e:Entity)
RETURN e.id AS id, e.kind AS kind, e.name AS name, coalesce(e.aliases, []) AS aliases, e.description AS description,
       [d IN [e.issuedOn, e.periodStart, e.periodEnd, e.publishedOn] WHERE d IS NOT NULL | toString(d)] AS dates
ORDER BY id`;

const RELATIONSHIPS = `
MATCH (a:Entity)-[r:${typeExpression([])}]->(b:Entity)
RETURN r.key AS key, type(r) AS type, a.id AS from, b.id AS to,
       [id IN coalesce(r.evidenceIds, []) | COLLECT { MATCH (ev:Evidence {id: id}) RETURN ev.quote }[0]] AS quotes
ORDER BY key`;

const FACTS = `
MATCH (f:Fact)
RETURN f.id AS id, f.statement AS statement, COLLECT { MATCH (f)-[:STATED_BY]->(by:Entity) RETURN by.id }[0] AS statedBy,
       COLLECT { MATCH (f)-[:ABOUT|STATED_BY]->(e:Entity) RETURN DISTINCT e.id } AS entities,
       [v IN [f.value, f.valueText, f.periodStart, f.periodEnd, f.periodLabel] WHERE v IS NOT NULL] AS values
ORDER BY id`;

/** The graph as the audit's checks read it. */
export async function auditSnapshot(db: Database, opts?: QueryOptions): Promise<AuditSnapshot> {
  return db.readTransaction(async (tx) => {
    const entities = (await tx.run(ENTITIES)) as unknown as AuditEntity[];
    const relationships = (await tx.run(RELATIONSHIPS)) as unknown as AuditRelationship[];
    // Values as JavaScript writes them, as the seed snapshot does: Cypher's toString writes a stored
    // float 2.2e12 as "2.2E12" and 100 as "100.0", which no description's number would match.
    const facts = (await tx.run(FACTS)).map((f) => ({ ...f, values: (f.values as unknown[]).map(String) })) as unknown as AuditFact[];
    return { entities, relationships, facts };
  }, opts);
}
