import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateScaleChunks } from '../../bench/scale/generate.js';
import type { Database } from '../../src/db/neo4j.js';
import { loadSeedChunks, type BulkLoadSummary } from '../../src/seed/bulk.js';
import { evidenceId } from '../../src/seed/rows.js';
import { applySchema } from '../../src/seed/schema.js';
import { graphFingerprint } from '../support/graph-hash.js';
import { startPrivateNeo4j } from '../support/private-neo4j.js';

// A generated graph, loaded chunk by chunk into a Neo4j of this file's own.
let db: Database;
let close: () => Promise<void>;
const chunks = [...generateScaleChunks({ entities: 300, chunkEntities: 100 })];
const all = {
  documents: chunks.flatMap((c) => c.documents),
  entities: chunks.flatMap((c) => c.entities),
  relationships: chunks.flatMap((c) => c.relationships),
  facts: chunks.flatMap((c) => c.facts),
};
let first: BulkLoadSummary;
const lines: string[] = [];

beforeAll(async () => {
  ({ db, close } = await startPrivateNeo4j('bulk'));
  await applySchema(db);
  first = await loadSeedChunks(db, chunks, { total: chunks.length, progress: (m) => lines.push(m) });
});
afterAll(() => close());

const count = async (cypher: string) => Number((await db.read(cypher))[0]!.n);

describe('bulk loader', () => {
  it('writes every chunk: counts match the generated set', async () => {
    const evidence = new Set(
      [
        ...all.facts.flatMap((f) => f.evidence),
        ...all.relationships.flatMap((r) => r.evidence),
        ...all.entities.flatMap((e) => e.mentions),
      ].map(evidenceId),
    );
    expect(await count('MATCH (n:Entity) RETURN count(n) AS n')).toBe(all.entities.length);
    expect(await count('MATCH (n:Fact) RETURN count(n) AS n')).toBe(all.facts.length);
    expect(await count('MATCH (n:Document) RETURN count(n) AS n')).toBe(all.documents.length);
    expect(await count('MATCH (n:Evidence) RETURN count(n) AS n')).toBe(evidence.size);
    expect(await count('MATCH ()-[r]->() WHERE r.key IS NOT NULL RETURN count(r) AS n')).toBe(all.relationships.length);
    expect(await count('MATCH (:Fact)-[r:STATED_BY]->() RETURN count(r) AS n')).toBe(all.facts.filter((f) => f.statedBy).length);
    const metrics = new Set(all.facts.map((f) => f.metric).filter(Boolean));
    expect(await count('MATCH (n:Metric) RETURN count(n) AS n')).toBe(metrics.size);
    expect(first.nodes).toBe(all.entities.length + all.facts.length + all.documents.length + evidence.size + metrics.size);
  });

  it('reports its throughput and a progress line per chunk', () => {
    expect(first.chunks).toBe(chunks.length);
    expect(first.nodesPerSecond).toBeGreaterThan(0);
    expect(first.relationshipsPerSecond).toBeGreaterThan(0);
    expect(lines.filter((l) => /^ {2}chunk \d+\/6: \d+ nodes/.test(l))).toHaveLength(6);
  });

  it('sets every entity degree to its number of relationships with other entities', async () => {
    const expected = new Map<string, number>(all.entities.map((e) => [e.id, 0]));
    for (const r of all.relationships) for (const id of [r.from, r.to]) expected.set(id, expected.get(id)! + 1);
    const rows = await db.read('MATCH (n:Entity) RETURN n.id AS id, n.degree AS degree');
    expect(new Map(rows.map((r) => [r.id as string, r.degree as number]))).toEqual(expected);
  });

  it('doubles nothing when chunks are loaded again', async () => {
    const before = await graphFingerprint(db);
    const again = await loadSeedChunks(db, chunks.slice(2));
    expect(again).toMatchObject({ nodes: 0, relationships: 0 });
    expect(await graphFingerprint(db)).toEqual(before);
  });
});
