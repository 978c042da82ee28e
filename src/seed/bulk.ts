import { advanceGraphVersion } from '../data/graph-version.js';
import type { Database } from '../db/neo4j.js';
import { COUNTS, loadSteps, runLoadSteps } from './load.js';
import { toRows } from './rows.js';
import type { SeedSet } from './validate.js';

export interface BulkLoadOptions {
  /** Rows per UNWIND statement. */
  batchSize?: number;
  /** How many chunks to expect, for progress lines. */
  total?: number;
  progress?: (msg: string) => void;
}

export interface BulkLoadSummary {
  chunks: number;
  /** Nodes and relationships the load added. */
  nodes: number;
  relationships: number;
  seconds: number;
  nodesPerSecond: number;
  relationshipsPerSecond: number;
}

// load.ts's degree statement, in batches of their own: a million entities do not fit one transaction.
const DEGREES_IN_BATCHES = `
MATCH (n:Entity)
CALL (n) { SET n.degree = COUNT { (n)--(:Entity) } } IN TRANSACTIONS OF 10000 ROWS`;

async function graphSize(db: Database): Promise<{ nodes: number; relationships: number }> {
  const [row] = await db.read(COUNTS);
  return { nodes: Number(row?.nodes), relationships: Number(row?.relationships) };
}

const perSecond = (n: number, seconds: number) => Math.round(n / Math.max(seconds, 1e-3));

/**
 * Loads a graph too big for one transaction: each chunk (a seed set whose references point into
 * itself or earlier chunks) goes through the seed loader's own statements in a write transaction
 * of its own, then the degrees are computed in batches. Nothing is pruned, so chunks add up; and
 * MERGE makes it idempotent: loading a chunk again (say, after an interrupted run) doubles nothing.
 */
export async function loadSeedChunks(
  db: Database,
  chunks: Iterable<SeedSet> | AsyncIterable<SeedSet>,
  opts: BulkLoadOptions = {},
): Promise<BulkLoadSummary> {
  const batchSize = opts.batchSize ?? 1000;
  const progress = opts.progress ?? (() => {});
  const before = await graphSize(db);
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  const added = async () => {
    const now = await graphSize(db);
    return { nodes: now.nodes - before.nodes, relationships: now.relationships - before.relationships };
  };
  let count = 0;
  for await (const chunk of chunks) {
    const steps = loadSteps(toRows(chunk));
    await db.writeTransaction(async (tx) => {
      await runLoadSteps(tx, steps, batchSize, () => {});
      await advanceGraphVersion(tx);
    });
    count++;
    const so = await added();
    const s = elapsed();
    progress(
      `  chunk ${count}${opts.total ? `/${opts.total}` : ''}: ${so.nodes} nodes, ${so.relationships} relationships in ${s.toFixed(1)} s ` +
        `(${perSecond(so.nodes, s)} nodes/s, ${perSecond(so.relationships, s)} relationships/s)`,
    );
  }
  progress('  computing degrees');
  await db.autoCommit(DEGREES_IN_BATCHES);
  // The degrees order lists: answers cached before they were set are stale.
  await db.writeTransaction(advanceGraphVersion);
  const total = await added();
  const seconds = elapsed();
  const summary = {
    chunks: count,
    ...total,
    seconds,
    nodesPerSecond: perSecond(total.nodes, seconds),
    relationshipsPerSecond: perSecond(total.relationships, seconds),
  };
  progress(
    `Loaded ${count} chunks in ${seconds.toFixed(1)} s: ${total.nodes} nodes (${summary.nodesPerSecond}/s), ` +
      `${total.relationships} relationships (${summary.relationshipsPerSecond}/s)`,
  );
  return summary;
}
