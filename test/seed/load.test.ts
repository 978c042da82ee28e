import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/neo4j.js';
import { ENTITY_KIND_NAMES } from '../../src/model/vocabulary.js';
import { loadSeedSet } from '../../src/seed/load.js';
import { SEEDS_DIR } from '../../src/seed/read.js';
import { evidenceId } from '../../src/seed/rows.js';
import { readValidSeeds, SeedValidationError, seedGraph } from '../../src/seed/seed.js';
import type { SeedSet } from '../../src/seed/validate.js';
import { graphFingerprint } from '../support/graph-hash.js';
import { startPrivateNeo4j } from '../support/private-neo4j.js';

// These tests rewrite the graph, so they run on a Neo4j of their own.
let db: Database;
let close: () => Promise<void>;
const seed = readValidSeeds();
let original: Awaited<ReturnType<typeof graphFingerprint>>;

beforeAll(async () => {
  ({ db, close } = await startPrivateNeo4j('loader'));
  await seedGraph(db, { reset: true });
  original = await graphFingerprint(db);
});
afterAll(() => close());

const count = async (cypher: string) => Number((await db.read(cypher))[0]!.n);

describe('seed loader', () => {
  it('writes every document, entity, fact and piece of evidence of the seeds', async () => {
    for (const kind of ENTITY_KIND_NAMES) {
      const expected = seed.entities.filter((e) => e.type === kind).length;
      expect(await count(`MATCH (n:Entity) WHERE n.kind = '${kind}' RETURN count(n) AS n`), kind).toBe(expected);
    }
    expect(await count('MATCH (n:Entity) RETURN count(n) AS n')).toBe(seed.entities.length);
    expect(await count('MATCH (n:Fact) RETURN count(n) AS n')).toBe(seed.facts.length);
    expect(await count('MATCH (n:Document) RETURN count(n) AS n')).toBe(seed.documents.length);
    const quotes = new Set(
      [
        ...seed.entities.flatMap((e) => e.mentions),
        ...seed.facts.flatMap((f) => f.evidence),
        ...seed.relationships.flatMap((r) => r.evidence),
      ].map(evidenceId),
    );
    expect(await count('MATCH (n:Evidence) RETURN count(n) AS n')).toBe(quotes.size);
    expect(await count('MATCH ()-[r]->() WHERE r.key IS NOT NULL RETURN count(r) AS n')).toBe(seed.relationships.length);
  });

  it('gives the same graph when run again (counts and content hash)', async () => {
    await seedGraph(db);
    expect(await graphFingerprint(db)).toEqual(original);
  });

  it('prunes what the seeds no longer say, and restores it when they say it again', async () => {
    const [dropped, ...rest] = seed.facts;
    await loadSeedSet(db, { ...seed, facts: rest });
    expect(await count(`MATCH (f:Fact {id: '${dropped!.id}'}) RETURN count(f) AS n`)).toBe(0);
    await loadSeedSet(db, seed);
    expect(await graphFingerprint(db)).toEqual(original);
  });

  it('writes nothing when a statement fails half-way through the load', async () => {
    const broken: SeedSet = structuredClone(seed);
    // Neo4j cannot store a map as a property: the entity step fails after documents and evidence were written.
    (broken.entities.at(-1) as unknown as { name: unknown }).name = { not: 'storable' };
    await expect(loadSeedSet(db, broken)).rejects.toThrow();
    expect(await graphFingerprint(db)).toEqual(original);
  });

  it('writes nothing when the seeds fail validation', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'seeds-'));
    cpSync(SEEDS_DIR, dir, { recursive: true });
    writeFileSync(path.join(dir, 'graph', '000-extra.json'), JSON.stringify({ document: 'doc:nowhere', entities: [{ id: 'place:x' }] }));
    await expect(seedGraph(db, { dir, reset: true })).rejects.toBeInstanceOf(SeedValidationError);
    expect(await graphFingerprint(db)).toEqual(original);
  });

  it('--reset wipes what is not in the seeds', async () => {
    await db.write("CREATE (:Entity:Place {id: 'place:stray', name: 'Stray', kind: 'Place'})");
    await seedGraph(db, { reset: true });
    expect(await count("MATCH (n {id: 'place:stray'}) RETURN count(n) AS n")).toBe(0);
    expect(await graphFingerprint(db)).toEqual(original);
  });
});
