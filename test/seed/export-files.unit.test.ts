import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ExportError, seedFiles, writeSeedFolder } from '../../src/seed/export-files.js';
import { sha256 } from '../../src/seed/read.js';
import { CURATOR_ORIGIN, toRows } from '../../src/seed/rows.js';
import { readValidSeeds } from '../../src/seed/seed.js';
import type { SeedSet } from '../../src/seed/validate.js';

// The layout and the writer of `npm run seeds:export`, on the seeds themselves: no database.
const seeds = readValidSeeds();
const tmp = mkdtempSync(path.join(tmpdir(), 'export-files-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A validated seed set as export.ts reads it from the graph: a curator's document has no file there. */
const asExported = (seed: SeedSet) => ({
  ...seed,
  documents: seed.documents.map((d) => ({ ...d, file: d.origin === CURATOR_ORIGIN ? null : d.file })),
  entities: seed.entities.map(({ files: _files, ...e }) => e),
});

/** Rows keyed and sorted, so that two seed sets saying the same compare equal whatever their files' order. */
function content(seed: SeedSet) {
  const rows = toRows(seed);
  const sorted = <T>(list: T[]) => list.map((x) => JSON.stringify(x)).sort();
  const entities = [...rows.entitiesByKind.values()].flat().map((e) => ({ ...e, evidenceIds: [...e.evidenceIds].sort() }));
  // Edges in the graph, so their order is not content: ABOUT per subject, EVIDENCED_BY per quote.
  const facts = rows.facts.map((f) => ({ ...f, subjects: sorted(f.subjects), evidenceIds: [...f.evidenceIds].sort() }));
  return {
    documents: sorted(rows.documents),
    evidence: sorted(rows.evidence),
    entities: sorted(entities),
    relationships: sorted([...rows.relationshipsByType.values()].flat()),
    facts: sorted(facts),
    metrics: rows.metrics,
  };
}

const TEXT = 'Curated Daily reports that Guangzhou held a live-streaming festival.';
const curated: SeedSet = {
  ...seeds,
  documents: [
    ...seeds.documents,
    {
      id: 'doc:curated-daily-festival',
      origin: CURATOR_ORIGIN,
      file: 'not-kept.txt',
      sha256: sha256(TEXT),
      title: 'A festival',
      publisher: 'Curated Daily',
      authors: [],
      publishedOn: '2024',
      language: 'en',
      text: TEXT,
    },
  ],
  facts: [
    ...seeds.facts,
    {
      id: 'fact:guangzhou-held-a-festival',
      origin: CURATOR_ORIGIN,
      kind: 'statement',
      statement: 'Guangzhou held a live-streaming festival.',
      subjects: [{ entity: 'place:guangzhou', role: 'location' }],
      evidence: [{ document: 'doc:curated-daily-festival', quote: 'Guangzhou held a live-streaming festival.', start: 27, end: 68 }],
    },
  ],
};

describe('seedFiles', () => {
  it('lays the seeds out as a folder that reads back as the same seeds', () => {
    const dir = path.join(tmp, 'seeds');
    writeSeedFolder(dir, seedFiles(asExported(seeds)));
    expect(content(readValidSeeds(dir))).toEqual(content(seeds));
    expect(readdirSync(path.join(dir, 'graph'))).toEqual(readdirSync('seeds/graph'));
    expect(readFileSync(path.join(dir, 'metrics.json'), 'utf8')).toBe(readFileSync('seeds/metrics.json', 'utf8'));
  });

  it('gives the same bytes whatever order the items come in', () => {
    const items = asExported(curated);
    const reversed = {
      documents: [...items.documents].reverse(),
      entities: [...items.entities].reverse().map((e) => ({ ...e, mentions: [...e.mentions].reverse() })),
      relationships: [...items.relationships].reverse(),
      facts: [...items.facts].reverse().map((f) => ({ ...f, subjects: [...f.subjects].reverse() })),
      metrics: [...items.metrics].reverse(),
    };
    expect(seedFiles(reversed)).toEqual(seedFiles(items));
  });

  it("names a curator's document after its id, says its items' origin, and the loader keeps it", () => {
    const dir = path.join(tmp, 'curated');
    const files = seedFiles(asExported(curated));
    expect(files.get('documents/curated-daily-festival.txt')).toBe(TEXT);
    expect(files.get('graph/curated-daily-festival.json')).toContain('"origin": "curator"');
    writeSeedFolder(dir, files);
    const back = readValidSeeds(dir);
    expect(back.facts.find((f) => f.id === 'fact:guangzhou-held-a-festival')?.origin).toBe(CURATOR_ORIGIN);
    const rows = toRows(back);
    const doc = rows.documents.find((d) => d.id === 'doc:curated-daily-festival');
    // As the API stores it: a curator's document has no file in the graph.
    expect(doc).toMatchObject({ origin: CURATOR_ORIGIN });
    expect(doc).not.toHaveProperty('file');
    expect(rows.evidence.find((e) => e.documentId === 'doc:curated-daily-festival')).toMatchObject({ origin: CURATOR_ORIGIN });
    expect(content(back)).toEqual(
      content({ ...curated, documents: curated.documents.map((d) => ({ ...d, file: back.documents.find((b) => b.id === d.id)!.file })) }),
    );
  });
});

describe('writeSeedFolder', () => {
  const files = seedFiles(asExported(seeds));
  const leftovers = () => readdirSync(tmp).filter((f) => f.startsWith('.'));

  it('refuses a non-empty folder without force, and a file, writing nothing', () => {
    const dir = path.join(tmp, 'busy');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'mine.txt'), 'mine');
    expect(() => writeSeedFolder(dir, files)).toThrow(/busy is not empty \(1 entries\); nothing was written\. Pass --force/);
    expect(readdirSync(dir)).toEqual(['mine.txt']);
    expect(() => writeSeedFolder(path.join(dir, 'mine.txt'), files)).toThrow(/is not a folder/);
    expect(leftovers()).toEqual([]);
  });

  it('writes into an empty folder', () => {
    const dir = path.join(tmp, 'empty');
    mkdirSync(dir);
    writeSeedFolder(dir, files);
    expect(readFileSync(path.join(dir, 'documents.json'), 'utf8')).toBe(files.get('documents.json'));
  });

  it('leaves no folder, half or whole, when the files fail the seed validator', () => {
    const dir = path.join(tmp, 'broken');
    const broken = new Map(files);
    const [first] = [...files.keys()].filter((f) => f.startsWith('documents/'));
    broken.set(first!, `${files.get(first!)} changed`);
    expect(() => writeSeedFolder(dir, broken)).toThrow(ExportError);
    expect(() => writeSeedFolder(dir, broken)).toThrow(/does not match its sha256/);
    expect(existsSync(dir)).toBe(false);
    expect(leftovers()).toEqual([]);
  });
});
