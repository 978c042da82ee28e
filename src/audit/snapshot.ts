// What the audit reads of the graph: entities, the relationships between them and facts, with
// their texts. The data layer fills it from Neo4j (src/data/health.ts); the checks are pure.

export interface AuditEntity {
  id: string;
  kind: string;
  name: string;
  aliases: string[];
  description: string | null;
  /** Its date properties (issuedOn, period start and end, publishedOn), as stored. */
  dates: string[];
}

export interface AuditRelationship {
  /** `TYPE|from|to|role`, as the seed format identifies a relationship. */
  key: string;
  type: string;
  from: string;
  to: string;
  /** The quotes of its evidence. */
  quotes: string[];
}

export interface AuditFact {
  id: string;
  statement: string;
  /** Entities it is about, and who stated it. */
  entities: string[];
  /** Who stated it, if known. */
  statedBy: string | null;
  /** Its value, value text and period as texts, where a number of a description may stand. */
  values: string[];
}

export interface AuditSnapshot {
  entities: AuditEntity[];
  relationships: AuditRelationship[];
  facts: AuditFact[];
}
