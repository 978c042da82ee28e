import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureScaleGraph, ScaleGraphError, type ScaleGraph } from '../../../bench/scale/ensure.js';
import type { Database } from '../../../src/db/neo4j.js';
import { graphFingerprint } from '../../support/graph-hash.js';
import { startPrivateNeo4j } from '../../support/private-neo4j.js';

// Builds, reuses and resumes a small scale graph in a Neo4j of this file's own.
let db: Database;
let close: () => Promise<void>;
let built: ScaleGraph;
let original: Awaited<ReturnType<typeof graphFingerprint>>;
const options = { entities: 300, chunkEntities: 100 };

beforeAll(async () => {
  ({ db, close } = await startPrivateNeo4j('scale-ensure'));
  built = await ensureScaleGraph(db, options);
  original = await graphFingerprint(db);
});
afterAll(() => close());

describe('ensureScaleGraph', () => {
  it('builds the graph and describes it: counts without the marker, throughput, degrees', async () => {
    expect(built).toMatchObject({ entities: 300, seed: 42, reused: false });
    expect(built.nodes).toBe(original.nodes - 1);
    expect(built.relationships).toBe(original.relationships);
    expect(built.nodesPerSecond).toBeGreaterThan(0);
    const [row] = await db.read('MATCH (n:Entity) RETURN max(n.degree) AS max');
    expect(built.maxDegree).toBe(row!.max);
    expect(built.maxDegree).toBeGreaterThan(10 * built.degreePercentiles.p50);
  });

  it('reuses the graph its marker describes, loading nothing', async () => {
    const again = await ensureScaleGraph(db, options);
    expect(again).toEqual({ ...built, reused: true });
    expect(await graphFingerprint(db)).toEqual(original);
  });

  it('resumes an interrupted load after the chunks it committed', async () => {
    // As if the run had died after its fourth chunk, before the relationships of the last two.
    await db.write('MATCH (m:ScaleMeta) SET m.complete = false, m.chunksDone = 4 REMOVE m.maxDegree');
    // Chunks 4 and 5 hold the relationships stated in the articles scale-links-00001 and -00002.
    await db.write("MATCH ()-[r]->() WHERE r.key IS NOT NULL AND r.evidenceIds[0] >= 'ev:scale-links-00001' DELETE r");
    expect((await graphFingerprint(db)).relationships).toBeLessThan(original.relationships);
    const lines: string[] = [];
    const resumed = await ensureScaleGraph(db, { ...options, progress: (m) => lines.push(m) });
    expect(lines[0]).toBe('Resuming an interrupted load after its chunk 4');
    expect(resumed).toMatchObject({ reused: false, nodes: built.nodes, relationships: built.relationships, maxDegree: built.maxDegree });
  });

  it('refuses to wipe a graph it did not build', async () => {
    await db.write('MATCH (m:ScaleMeta) DELETE m');
    await expect(ensureScaleGraph(db, options)).rejects.toBeInstanceOf(ScaleGraphError);
    expect((await ensureScaleGraph(db, { ...options, wipeOtherGraph: true })).reused).toBe(false);
  });
});
