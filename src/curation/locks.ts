import type { Transaction } from '../db/neo4j.js';

// Curator writes are serialised by Neo4j's own locks, taken first in the write's transaction and
// held until it ends, so they hold across every API process on one database. A write then reads
// what the writes before it committed, never a state another write is about to replace.
// Setting and removing a marker in one statement is the Cypher manual's idiom for taking a node's
// write lock without changing it.

/** Nodes a curator write identifies by a unique id (each has a uniqueness constraint). */
export type LockableLabel = 'Document' | 'Entity' | 'Fact';

const LOCK_NODE = {
  Document: 'MERGE (n:Document {id: $id})',
  Entity: 'MERGE (n:Entity {id: $id})',
  Fact: 'MERGE (n:Fact {id: $id})',
} satisfies Record<LockableLabel, string>;

/**
 * Takes the write lock on the node with `id`, creating it bare when there is none (the uniqueness
 * constraint makes a concurrent MERGE of the same id wait for this transaction). Says whether it
 * was created: then nothing is stored yet, and a refused write must roll back to remove it.
 */
export async function lockNode(tx: Transaction, label: LockableLabel, id: string): Promise<boolean> {
  const [row] = await tx.run(
    `${LOCK_NODE[label]}
     ON CREATE SET n._LOCK_ = 'created'
     ON MATCH SET n._LOCK_ = 'matched'
     WITH n, n._LOCK_ = 'created' AS created
     REMOVE n._LOCK_
     RETURN created`,
    { id },
  );
  return row!.created === true;
}

/** Takes the write locks on the entities with these ids that exist, in id order so that two writers cannot deadlock. */
export async function lockEntities(tx: Transaction, ids: string[]): Promise<void> {
  await tx.run('UNWIND $ids AS id MATCH (n:Entity {id: id}) WITH n ORDER BY n.id SET n._LOCK_ = true REMOVE n._LOCK_', {
    ids: [...new Set(ids)].sort(),
  });
}
