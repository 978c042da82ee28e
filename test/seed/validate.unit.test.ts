import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSeeds, SEEDS_DIR, sha256 } from '../../src/seed/read.js';
import { formatProblem, validateSeeds } from '../../src/seed/validate.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A copy of the real seeds in a temporary folder, for breaking on purpose. */
function seedCopy(): { dir: string; graphFile: (prefix: string) => string; edit: (file: string, change: (json: Json) => void) => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'seeds-'));
  cpSync(SEEDS_DIR, dir, { recursive: true });
  const graphFile = (prefix: string) => {
    const name = readSeeds(dir).graphFiles.find((f) => path.basename(f.name).startsWith(prefix))?.name;
    return path.join(dir, 'graph', path.basename(name!));
  };
  const edit = (file: string, change: (json: Json) => void) => {
    const json = JSON.parse(readFileSync(file, 'utf8')) as Json;
    change(json);
    writeFileSync(file, JSON.stringify(json, null, 2));
  };
  return { dir, graphFile, edit };
}

describe('validateSeeds', () => {
  it('accepts the committed seeds', () => {
    const result = validateSeeds(readSeeds());
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('reports every problem of a broken seed set at once, naming file, item and problem', () => {
    const { dir, graphFile, edit } = seedCopy();
    const g000 = graphFile('000-');
    const g004 = graphFile('004-');
    let movedQuoteOf = '';
    let firstFactId = '';
    edit(g000, (json) => {
      const entity = json.entities[0];
      movedQuoteOf = entity.id;
      entity.mentions[0].start += 3; // quote no longer at its offsets
      entity.mentions[0].end += 3;
      json.entities[1].placeType = 'megacity'; // bad enumeration (or a property of another kind)
      json.entities[2].name = ''; // required field empty
      delete json.entities[3].mentions; // required field missing
      json.relationships[0].to = 'place:atlantis'; // reference that resolves to nothing
      firstFactId = json.facts[1].id;
      json.facts[0].period = { start: '2023-02-30', end: '2023-03-31' }; // not a calendar date
    });
    edit(g004, (json) => {
      json.facts[0].id = firstFactId; // duplicate id across files
      json.relationships.push({
        type: 'LOCATED_IN',
        from: json.entities.find((e: Json) => e.type === 'Occupation').id,
        to: 'place:shenzhen',
        evidence: json.relationships[0].evidence,
      });
    });
    writeFileSync(path.join(dir, 'graph', '009-broken.json'), '{ "document": ');

    const result = validateSeeds(readSeeds(dir));
    expect(result.ok).toBe(false);
    const lines = result.problems.map(formatProblem);
    const expectLine = (file: string, pattern: RegExp) =>
      expect(
        lines.some((l) => l.includes(`${path.basename(file)} › `) && pattern.test(l)),
        `${pattern} in ${path.basename(file)}:\n${lines.join('\n')}`,
      ).toBe(true);

    expectLine(g000, new RegExp(`${movedQuoteOf}: mentions\\[0\\]: quote is not at \\d+-\\d+ .* it stands at \\d+-\\d+`));
    expectLine(g000, /entities\[1\].*(placeType|is not a property of)/);
    expectLine(g000, /entities\[2\].*name/);
    expectLine(g000, /entities\[3\].*mentions/);
    expectLine(g000, /relationships\[0\].*to: unknown entity place:atlantis/);
    expectLine(g000, /period\.start: is not a real calendar date/);
    expectLine(g004, new RegExp(`duplicate fact id ${firstFactId}`));
    expectLine(g004, /LOCATED_IN cannot start at a Occupation/);
    expectLine('009-broken.json', /cannot be read as JSON/);
    // Broken items are reported once, not again by everything that refers to them.
    expect(lines.filter((l) => l.includes('unknown entity place:'))).toEqual([expect.stringContaining('place:atlantis')]);
    expect(lines.length).toBe(9);
  });

  it('refuses an article whose bytes changed', () => {
    const { dir } = seedCopy();
    const meta = JSON.parse(readFileSync(path.join(dir, 'documents.json'), 'utf8')) as Json[];
    const article = path.join(dir, 'documents', meta[0]!.file);
    writeFileSync(article, readFileSync(article, 'utf8').replace('the', 'teh'));
    const result = validateSeeds(readSeeds(dir));
    expect(result.problems.map(formatProblem)).toContainEqual(expect.stringContaining(`${meta[0]!.file} does not match its sha256`));
  });

  it('reports an entity that two files define differently', () => {
    const { edit, dir } = seedCopy();
    const shared = validateSeeds(readSeeds(dir));
    const twice = shared.ok ? shared.seed.entities.find((e) => e.files.length > 1) : undefined;
    expect(twice, 'the seeds name at least one entity in two articles').toBeDefined();
    const secondFile = path.join(dir, 'graph', path.basename(twice!.files[1]!));
    edit(secondFile, (json) => {
      json.entities.find((e: Json) => e.id === twice!.id).name = `${twice!.name} (renamed)`;
    });
    const lines = validateSeeds(readSeeds(dir)).problems.map(formatProblem);
    expect(lines).toContainEqual(
      expect.stringMatching(new RegExp(`${twice!.id}: name .* conflicts with .* in .*${path.basename(twice!.files[0]!)}`)),
    );
  });
});

describe('validateSeeds: text limits', () => {
  it('refuses texts over their limits and control characters, all at once, naming the field and the limit', () => {
    const { dir, graphFile, edit } = seedCopy();
    const g000 = graphFile('000-');
    const docsJson = path.join(dir, 'documents.json');
    const meta = JSON.parse(readFileSync(docsJson, 'utf8')) as Json[];
    const textOf = (docId: string) => readFileSync(path.join(dir, 'documents', meta.find((d) => d.id === docId)!.file), 'utf8');
    const labels: string[] = [];
    edit(g000, (json) => {
      const [a, b, c, d] = json.entities as Json[];
      a!.description = 'x'.repeat(2_001);
      // A quote verbatim at its offsets is still refused when too long.
      const mention = b!.mentions[0];
      Object.assign(mention, { quote: textOf(mention.document).slice(0, 2_001), start: 0, end: 2_001 });
      c!.aliases = ['y'.repeat(201)];
      d!.aliases = Array.from({ length: 31 }, (_, i) => `Alias ${i}`);
      const fact = json.facts[0];
      fact.statement = `${fact.statement.slice(0, 5)}\u0007${fact.statement.slice(5)}`;
      labels.push(...[a, b, c, d].map((e, i) => `entities[${i}] ${e!.id}`), `facts[0] ${fact.id}`);
    });
    // Longer than the limit, yet still the article it was (every quote stands where it stood) and pinned by its hash.
    const article = path.join(dir, 'documents', meta[0]!.file);
    const longer = readFileSync(article, 'utf8').padEnd(300_001, ' Livestreaming e-commerce.');
    writeFileSync(article, longer);
    meta[0]!.sha256 = sha256(longer);
    writeFileSync(docsJson, JSON.stringify(meta, null, 2));

    const lines = validateSeeds(readSeeds(dir)).problems.map(formatProblem);
    const g = `graph/${path.basename(g000)}`;
    const expected = [
      `${g} › ${labels[0]}: description: is 2,001 characters long, above the limit of 2,000`,
      `${g} › ${labels[1]}: mentions.0.quote: is 2,001 characters long, above the limit of 2,000`,
      `${g} › ${labels[2]}: aliases.0: is 201 characters long, above the limit of 200`,
      `${g} › ${labels[3]}: aliases: has 31 entries, above the limit of 30`,
      `${g} › ${labels[4]}: statement: has U+0007 at offset 5: control characters other than tab, newline and carriage return, and unpaired surrogates, are not allowed`,
      `documents.json › [0] ${meta[0]!.id}: text (documents/${meta[0]!.file}): is 300,001 characters long, above the limit of 300,000`,
    ];
    expect(lines.map((l) => l.slice(l.indexOf('/') + 1)).sort()).toEqual(expected.sort());
  });

  it('refuses an entity whose aliases are within the limit in each file but not once merged', () => {
    const { edit, dir } = seedCopy();
    const shared = validateSeeds(readSeeds(dir));
    const twice = shared.ok ? shared.seed.entities.find((e) => e.files.length > 1) : undefined;
    const [first, second] = twice!.files.map((f) => path.join(dir, 'graph', path.basename(f)));
    for (const [file, from] of [
      [first!, 0],
      [second!, 20],
    ] as const) {
      edit(file, (json) => {
        json.entities.find((e: Json) => e.id === twice!.id).aliases = Array.from({ length: 20 }, (_, i) => `Alias ${from + i}`);
      });
    }
    const lines = validateSeeds(readSeeds(dir)).problems.map(formatProblem);
    expect(lines).toEqual([
      expect.stringMatching(
        new RegExp(
          `${path.basename(second!)} › .*${twice!.id}: aliases: has 40 entries merged with .*${path.basename(first!)}, above the limit of 30$`,
        ),
      ),
    ]);
  });

  describe('the metric catalogue', () => {
    const catalogue = (dir: string) => path.join(dir, 'metrics.json');
    const usedKeys = (dir: string) =>
      new Set(readSeeds(dir).graphFiles.flatMap((f) => ((f.json as Json).facts as Json[]).map((x) => x.metric).filter(Boolean)));

    it('has an entry for every metric key the seed facts use, and none besides', () => {
      const keys = (JSON.parse(readFileSync(catalogue(SEEDS_DIR), 'utf8')) as Json[]).map((m) => m.key);
      expect(new Set(keys)).toEqual(usedKeys(SEEDS_DIR));
      expect(keys).toEqual([...keys].sort());
    });

    it('names a key a fact uses without an entry, an unused entry, a unit the entry does not give and a duplicate', () => {
      const { dir, graphFile, edit } = seedCopy();
      let factId = '';
      edit(graphFile('001-'), (json) => {
        const fact = json.facts.find((f: Json) => f.metric === 'active_anchors');
        factId = fact.id;
        fact.metric = 'active_anchor_count'; // a key with no entry; active_anchors is still used in 003
      });
      edit(catalogue(dir), (json) => {
        const list = json as unknown as Json[];
        list.find((m) => m.key === 'webcast_users')!.unit = 'accounts'; // the fact says people
        list.push({ key: 'unused_metric', description: 'Nothing uses it.' }, { ...list[0] });
      });
      const lines = validateSeeds(readSeeds(dir)).problems.map(formatProblem);
      expect(lines).toEqual(
        expect.arrayContaining([
          expect.stringMatching(new RegExp(`001-.* › facts\\[\\d+\\] ${factId}: metric active_anchor_count has no entry in metrics.json`)),
          expect.stringMatching(/metrics.json › \[\d+\] unused_metric: no fact uses metric unused_metric/),
          expect.stringMatching(/metrics.json › \[\d+\] active_anchors: duplicate metric key active_anchors/),
          expect.stringMatching(/unit people is not accounts, the unit metrics.json gives webcast_users/),
        ]),
      );
      expect(lines).toHaveLength(4);
    });

    it("does not hold a curator's fact to it, and reads a folder without metrics.json as an empty catalogue", () => {
      const { dir, graphFile, edit } = seedCopy();
      edit(graphFile('001-'), (json) => {
        const fact = json.facts.find((f: Json) => f.metric === 'active_anchors');
        Object.assign(fact, { origin: 'curator', metric: 'a_curators_new_metric' });
      });
      expect(validateSeeds(readSeeds(dir)).problems.map(formatProblem)).toEqual([]);
      rmSync(catalogue(dir));
      const lines = validateSeeds(readSeeds(dir)).problems.map(formatProblem);
      const seedFactsWithMetric = readSeeds(dir).graphFiles.flatMap((f) =>
        ((f.json as Json).facts as Json[]).filter((x) => x.metric && x.origin !== 'curator'),
      );
      expect(lines).toHaveLength(seedFactsWithMetric.length);
      expect(lines.every((l) => l.includes('has no entry in metrics.json'))).toBe(true);
    });
  });
});
