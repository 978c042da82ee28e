import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Database } from '../../src/db/neo4j.js';
import type { ApiServer } from '../../src/server.js';
import { exportGraph } from '../../src/seed/export.js';
import { seedFiles, writeSeedFolder } from '../../src/seed/export-files.js';
import { readSeeds, SEEDS_DIR } from '../../src/seed/read.js';
import { readValidSeeds, seedGraph } from '../../src/seed/seed.js';
import { validateSeeds } from '../../src/seed/validate.js';
import {
  ADD_DOCUMENT,
  bearer,
  curatorAuth,
  DOC,
  documentInput,
  entityInput,
  factInput,
  relationshipInput,
  seedFactCorrection,
  send,
  TEXT,
  UPSERT_ENTITY,
  UPSERT_FACT,
  UPSERT_RELATIONSHIP,
} from '../support/curation.js';
import { sharedDatabase, startTestServer } from '../support/graph.js';
import { graphFingerprint } from '../support/graph-hash.js';
import { startPrivateNeo4j } from '../support/private-neo4j.js';
import { spawnTs } from '../support/processes.js';

// The shared seeded graph is only read here; loading and curator writes run on one Neo4j of this file's own.
// Audit records are history, not knowledge: not exported, so not compared.
const KNOWLEDGE = { without: ['Change'] };
const tmp = mkdtempSync(path.join(tmpdir(), 'seeds-export-'));
let shared: Database;
let db: Database;
let closeNeo4j: () => Promise<void>;

beforeAll(async () => {
  shared = sharedDatabase();
  ({ db, close: closeNeo4j } = await startPrivateNeo4j('seeds-export'));
}, 180_000);
afterAll(async () => {
  await shared?.close();
  await closeNeo4j?.();
  rmSync(tmp, { recursive: true, force: true });
});

/** Exports `from` to a new folder under tmp; returns the folder and how the export went. */
async function exportTo(from: Database, name: string) {
  const dir = path.join(tmp, name);
  const started = performance.now();
  const graph = await exportGraph(from);
  writeSeedFolder(dir, seedFiles(graph));
  return { dir, graph, ms: performance.now() - started };
}

/** Every file under `dir`, by relative path, as bytes. */
function filesOf(dir: string): Map<string, Buffer> {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  const rel = (e: (typeof entries)[number]) => path.relative(dir, path.join(e.parentPath, e.name));
  return new Map(
    entries.map((e) => [rel(e), readFileSync(path.join(e.parentPath, e.name))] as const).sort(([a], [b]) => a.localeCompare(b)),
  );
}

/** The origins the items of a seeds folder state (documents, entities, relationships, facts; a name's own origin is not an item's). */
function itemOrigins(files: Map<string, Buffer>): string[] {
  const items = [...files]
    .filter(([name]) => name.endsWith('.json'))
    .flatMap(([, b]) => {
      const json = JSON.parse(b.toString('utf8')) as
        { origin?: string }[] | Record<'entities' | 'relationships' | 'facts', { origin?: string }[]>;
      return Array.isArray(json) ? json : [...json.entities, ...json.relationships, ...json.facts];
    });
  return items.flatMap((item) => (item.origin === undefined ? [] : [item.origin]));
}

const bytes = (files: Map<string, Buffer>) => [...files.values()].reduce((sum, b) => sum + b.length, 0);
const count = async (cypher: string) => Number((await db.read(cypher))[0]!.n);

describe('seeds:export of the seed graph', () => {
  let first: Awaited<ReturnType<typeof exportTo>>;
  beforeAll(async () => {
    first = await exportTo(shared, 'seeds-a');
  });

  it('writes a folder the seed validator accepts, the articles byte for byte, nothing left out', () => {
    expect(first.graph.warnings).toEqual([]);
    expect(validateSeeds(readSeeds(first.dir)).problems).toEqual([]);
    const seeds = readValidSeeds();
    for (const doc of seeds.documents) {
      const exported = readFileSync(path.join(first.dir, 'documents', doc.file));
      expect(exported.equals(readFileSync(path.join(SEEDS_DIR, 'documents', doc.file))), doc.file).toBe(true);
    }
    // Seed is the default origin: an export of the seeds says none, as the seeds do.
    expect(itemOrigins(filesOf(first.dir))).toEqual([]);
    expect(first.graph.entities).toHaveLength(seeds.entities.length);
    expect(first.graph.facts).toHaveLength(seeds.facts.length);
    expect(first.graph.relationships).toHaveLength(seeds.relationships.length);
    const files = filesOf(first.dir);
    console.log(`seed graph: exported in ${first.ms.toFixed(0)} ms, ${files.size} files, ${bytes(files)} bytes`);
  });

  it('gives byte-identical files when run again', async () => {
    const again = await exportTo(shared, 'seeds-b');
    expect(filesOf(again.dir)).toEqual(filesOf(first.dir));
  });

  it('loads into an empty database as the graph the seeds give (counts and content hash)', async () => {
    await seedGraph(db, { reset: true });
    const fromSeeds = await graphFingerprint(db);
    expect(await graphFingerprint(shared, KNOWLEDGE)).toEqual(fromSeeds);
    await seedGraph(db, { reset: true, dir: first.dir });
    expect(await graphFingerprint(db)).toEqual(fromSeeds);
  });

  it('the CLI refuses a non-empty folder, and with --force replaces the seed files and keeps the rest', async () => {
    const dir = path.join(tmp, 'cli');
    writeSeedFolder(dir, new Map([...filesOf(first.dir)].map(([name, b]) => [name, b.toString('utf8')])));
    writeFileSync(path.join(dir, 'graph', 'stale.json'), '{}');
    writeFileSync(path.join(dir, 'NOTES.md'), 'kept\n');
    const run = async (...args: string[]) => {
      const child = spawnTs('src/cli/seeds-export.ts', [dir, ...args], { NEO4J_URI: inject('neo4j').uri, LOG_LEVEL: 'silent' });
      let out = '';
      child.stdout!.on('data', (d) => (out += d));
      child.stderr!.on('data', (d) => (out += d));
      const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
      return { code, out };
    };
    const refused = await run();
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/is not empty .*nothing was written\. Pass --force/);
    expect(readFileSync(path.join(dir, 'graph', 'stale.json'), 'utf8')).toBe('{}');

    const forced = await run('--force');
    expect(forced.out).toMatch(/^Exported \d+ documents/m);
    expect(forced.code).toBe(0);
    const { 'NOTES.md': notes, ...rest } = Object.fromEntries(filesOf(dir));
    expect(notes?.toString()).toBe('kept\n');
    expect(new Map(Object.entries(rest))).toEqual(filesOf(first.dir));
    expect(readdirSync(tmp).filter((f) => f.startsWith('.'))).toEqual([]);
  });
});

describe('seeds:export of curated work', () => {
  let api: ApiServer;
  afterAll(() => api?.close());

  /** Sends one curator mutation through the API; expects it to change the graph. */
  async function write(mutation: string, field: string, input: unknown) {
    const body = await send(api.url, mutation, { input }, await bearer('export-test'));
    expect(body.errors, field).toBeUndefined();
    expect(body.data?.[field]?.changed, field).toBe(true);
  }

  it('round-trips what curators wrote: same counts and content hash after loading into an empty database', async () => {
    await seedGraph(db, { reset: true });
    api = await startTestServer(db, { curator: curatorAuth });
    await write(ADD_DOCUMENT, 'addDocument', documentInput);
    await write(UPSERT_ENTITY, 'upsertEntity', { ...entityInput, aliases: ['Qiantang base'] });
    await write(UPSERT_FACT, 'upsertFact', factInput);
    await write(UPSERT_RELATIONSHIP, 'upsertRelationship', { ...relationshipInput, properties: { how: 'training' } });
    // A correction of a seed fact: the fact and its quotes, which seed items cite too, become the curator's.
    const [seeded] = await db.read(
      `MATCH (f:Fact {id: 'fact:000-china-live-commerce-sales-2023-jan-oct'})
       RETURN [(f)-[:EVIDENCED_BY]->(e:Evidence) | {document: e.documentId, quote: e.quote, start: e.start, end: e.end}] AS evidence`,
    );
    await write(UPSERT_FACT, 'upsertFact', seedFactCorrection(seeded!.evidence as unknown[]));
    expect(await count('MATCH (c:Change) RETURN count(c) AS n')).toBe(5);
    const curated = await graphFingerprint(db, KNOWLEDGE);

    const exported = await exportTo(db, 'curated-a');
    expect(exported.graph.warnings).toEqual([]);
    expect(exported.graph.changes).toBe(5);
    expect(validateSeeds(readSeeds(exported.dir)).problems).toEqual([]);
    const files = filesOf(exported.dir);
    expect(files.get(`documents/${DOC.slice('doc:'.length)}.txt`)?.toString('utf8')).toBe(TEXT);
    // The document, the entity, two facts and the relationship.
    expect(itemOrigins(files)).toEqual(Array(5).fill('curator'));
    console.log(
      `curated graph (${curated.nodes} nodes, ${curated.relationships} relationships): exported in ${exported.ms.toFixed(0)} ms, ` +
        `${files.size} files, ${bytes(files)} bytes`,
    );

    const again = await exportTo(db, 'curated-b');
    expect(filesOf(again.dir)).toEqual(files);

    await seedGraph(db, { reset: true, dir: exported.dir });
    expect(await graphFingerprint(db, KNOWLEDGE)).toEqual(curated);
    expect(await count('MATCH (c:Change) RETURN count(c) AS n')).toBe(0);
    // And once more: the restored graph exports as the same files.
    expect(filesOf((await exportTo(db, 'curated-c')).dir)).toEqual(files);
  });
});
