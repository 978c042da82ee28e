import { randomUUID } from 'node:crypto';
import type { Database, QueryOptions, Transaction } from '../db/neo4j.js';

// The graph's version: one (:GraphVersion) node whose `version` every write that changes the graph
// replaces, in the write's own transaction, so a version names exactly one state of the graph. HTTP
// caching builds its ETags on it. Random rather than a counter: a wiped and reloaded graph starts
// again from no node, and a counter would hand out versions an earlier graph already used.

/** The singleton's id (a uniqueness constraint in cypher/schema.cypher keeps it single under concurrent writes). */
export const GRAPH_VERSION_ID = 'graph';

const ADVANCE = `
MERGE (v:GraphVersion {id: $id})
SET v.version = $version, v.at = datetime.realtime()
RETURN v.version AS version`;

const READ = 'MATCH (v:GraphVersion {id: $id}) RETURN v.version AS version';

/** Gives the graph a new version, in the transaction of the write that changed it; returns it. */
export async function advanceGraphVersion(tx: Transaction): Promise<string> {
  const [row] = await tx.run(ADVANCE, { id: GRAPH_VERSION_ID, version: randomUUID() });
  return String(row!.version);
}

/** The graph's version: one index lookup in a read transaction. 'none' for a graph no versioned write has touched yet. */
export async function readGraphVersion(db: Database, opts?: QueryOptions): Promise<string> {
  const [row] = await db.read(READ, { id: GRAPH_VERSION_ID }, opts);
  return typeof row?.version === 'string' ? row.version : 'none';
}
