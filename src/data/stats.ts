import type { Database, QueryOptions } from '../db/neo4j.js';
import { ALL_LABELS, ALL_RELATIONSHIP_TYPES } from '../model/vocabulary.js';

export interface NameCount {
  name: string;
  count: number;
}

export interface GraphStatsRow {
  nodeCount: number;
  relationshipCount: number;
  labels: NameCount[];
  relationshipTypes: NameCount[];
}

// Built once from the allow-lists; every branch is answered from Neo4j's count store. The
// label is attached after count(): as a grouping key it would make an empty label vanish.
const STATS_CYPHER = `
CALL () {
  // The curators' audit trail (:Change) and the graph's version (:GraphVersion) are not part of the public graph.
  MATCH (n) WITH count(n) AS nodes
  CALL () { MATCH (c:Change) RETURN count(c) AS audit }
  CALL () { MATCH (v:GraphVersion) RETURN count(v) AS versions }
  RETURN nodes - audit - versions AS nodeCount
}
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationshipCount }
CALL () {
  ${ALL_LABELS.map((l) => `MATCH (n:${l}) WITH count(n) AS count RETURN '${l}' AS name, count`).join('\n  UNION ALL\n  ')}
}
WITH nodeCount, relationshipCount, collect(CASE WHEN count > 0 THEN {name: name, count: count} END) AS labels
CALL () {
  ${ALL_RELATIONSHIP_TYPES.map((t) => `MATCH ()-[r:${t}]->() WITH count(r) AS count RETURN '${t}' AS name, count`).join('\n  UNION ALL\n  ')}
}
WITH nodeCount, relationshipCount, labels, collect(CASE WHEN count > 0 THEN {name: name, count: count} END) AS types
RETURN nodeCount, relationshipCount, labels, types AS relationshipTypes`;

const byCountDesc = (a: NameCount, b: NameCount) => b.count - a.count || a.name.localeCompare(b.name);

/** Node and relationship counts, overall and per label and type of the vocabulary. */
export async function graphStats(db: Database, opts?: QueryOptions): Promise<GraphStatsRow> {
  const [row] = await db.read(STATS_CYPHER, {}, opts);
  const r = row as unknown as GraphStatsRow;
  return { ...r, labels: [...r.labels].sort(byCountDesc), relationshipTypes: [...r.relationshipTypes].sort(byCountDesc) };
}
