import { randomUUID } from 'node:crypto';
import type { Row, Transaction } from '../db/neo4j.js';

// The audit trail: one (:Change) node per write that changed the graph. Not linked to what it
// changed, so no public read (neighbourhoods, paths, entity relations) ever walks into it.

export interface ChangeInput {
  /** Who: the `sub` of the curator's token. */
  actor: string;
  /** What: e.g. create_entity, update_fact. */
  action: string;
  /** The id (or relationship key) of the item changed. */
  targetId: string;
  /** The item before (JSON), null when it was created. */
  before: string | null;
  /** The item after (JSON). */
  after: string;
}

// The clock at this statement, not the transaction's start: writes of one item wait for each other's
// locks, and their records must be in the order they were made.
const RECORD = `
CREATE (c:Change {id: $id, at: datetime.realtime(), actor: $actor, action: $action, targetId: $targetId, before: $before, after: $after})
RETURN c {.*} AS change`;

/** Writes the audit record of a change, in the transaction that made it; returns it as stored. */
export async function recordChange(tx: Transaction, change: ChangeInput): Promise<Row> {
  const [row] = await tx.run(RECORD, { ...change, id: `change:${randomUUID()}` });
  return row!.change as Row;
}
