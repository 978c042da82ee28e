import path from 'node:path';

/** Where the embedded Neo4j of a scale graph keeps its data: one folder per size, so each is built once. */
export const scaleDataDir = (entities: number) => path.resolve('.data/bench', String(entities));

/**
 * Heap and page cache for an embedded Neo4j holding a scale graph: the page cache should hold the
 * store (about 1.5 GB at 100,000 entities), the heap the load's chunk transactions.
 */
export function neo4jMemoryFor(entities: number): { heap: string; pagecache: string } {
  if (entities <= 10_000) return { heap: '1g', pagecache: '512m' };
  if (entities <= 100_000) return { heap: '2g', pagecache: '2g' };
  return { heap: '4g', pagecache: '6g' };
}
