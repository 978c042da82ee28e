import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { exampleArgs } from '../../src/cypher/args.js';
import { parseQueryFile } from '../../src/cypher/header.js';
import { prepareQuery } from '../../src/cypher/run.js';
import type { Row } from '../../src/db/neo4j.js';
import type { Evidence } from '../../src/seed/format.js';
import { readValidSeeds } from '../../src/seed/seed.js';
import { sharedDatabase } from '../support/graph.js';

// Every library query runs against the seeded graph, and its answer is compared with what the
// seed JSON says, worked out here independently of Cypher.

const QUERIES = 'cypher/queries';
const files = readdirSync(QUERIES)
  .filter((f) => f.endsWith('.cypher'))
  .sort();
const text = (file: string) => readFileSync(path.join(QUERIES, file), 'utf8');
const example = (file: string) => exampleArgs(parseQueryFile(text(file)).example ?? '').params;

const db = sharedDatabase();
afterAll(() => db.close());

/** Runs a library file as the CLI would: its header coerces the given strings. */
async function run(file: string, given: Record<string, string> = example(file)): Promise<Row[]> {
  const { query, params } = prepareQuery(text(file), given);
  return db.read(query.cypher, params);
}

// ---- What the seeds say ---------------------------------------------------------------------

const seed = readValidSeeds();
const entity = (id: string) => seed.entities.find((e) => e.id === id);
const kindOf = (id: string) => entity(id)?.type;
const nameOf = (id: string) => entity(id)?.name ?? id;
const touching = (id: string) => seed.relationships.filter((r) => r.from === id || r.to === id);
const ofType = (type: string) => seed.relationships.filter((r) => r.type === type);
const up = (id: string) => ofType('LOCATED_IN').filter((r) => r.from === id).map((r) => r.to);
const down = (id: string) => ofType('LOCATED_IN').filter((r) => r.to === id).map((r) => r.from);
const neighbours = (id: string) => touching(id).map((r) => (r.from === id ? r.to : r.from));
const evidenceKey = (e: Evidence) => `${e.document}@${e.start}-${e.end}`;
const distinctEvidence = (list: Evidence[]) => [...new Map(list.map((e) => [evidenceKey(e), e])).values()];
const quotes = (list: Evidence[]) => new Set(list.map((e) => e.quote));

/** Every id reachable from `start` by repeated steps, with the fewest steps to it (start itself at 0). */
function reach(start: string, step: (id: string) => string[]): Map<string, number> {
  const dist = new Map([[start, 0]]);
  const queue = [start];
  for (const current of queue) {
    for (const next of step(current)) {
      if (dist.has(next)) continue;
      dist.set(next, dist.get(current)! + 1);
      queue.push(next);
    }
  }
  return dist;
}

/** How many distinct shortest chains of relationships lead from `from` to `to`, and how long they are. */
function shortestPaths(from: string, to: string): { hops: number | undefined; count: number } {
  const dist = reach(from, neighbours);
  const count = new Map([[from, 1]]);
  for (const [id, d] of [...dist].sort((a, b) => a[1] - b[1])) {
    if (d === 0) continue;
    const ways = touching(id)
      .map((r) => (r.from === id ? r.to : r.from))
      .filter((other) => dist.get(other) === d - 1)
      .reduce((sum, other) => sum + count.get(other)!, 0);
    count.set(id, ways);
  }
  return { hops: dist.get(to), count: count.get(to) ?? 0 };
}

const mentionDocs = (id: string) => new Set(entity(id)!.mentions.map((m) => m.document));
const factsAbout = (ids: Set<string>) => seed.facts.filter((f) => f.subjects.some((s) => ids.has(s.entity)));
const documentText = (id: string) => seed.documents.find((d) => d.id === id)!.text;

// ---- Result helpers ---------------------------------------------------------------------------

const column = <T = unknown>(rows: Row[], name: string) => rows.map((r) => r[name] as T);
const idSet = (rows: Row[], name = 'id') => new Set(column<string>(rows, name));

/** Ascending with nulls last, as Cypher's ORDER BY sorts. */
function expectAscending(values: (string | number | null)[]) {
  const sorted = [...values].sort((a, b) => (a === null ? 1 : b === null ? -1 : a < b ? -1 : a > b ? 1 : 0));
  expect(values).toEqual(sorted);
}

/** Each quote stands verbatim in its article at the offsets the row gives. */
function expectVerbatim(rows: Row[]) {
  for (const r of rows) {
    expect(documentText(r.documentId as string).slice(r.start as number, r.end as number)).toBe(r.quote);
  }
}

// ---- One check per library file, fed the rows of its Example ----------------------------------

type Check = (rows: Row[], params: Record<string, string>) => void | Promise<void>;

const degree = (id: string) => touching(id).length;

/** Places and organizations within a place (itself included), as far down as the query looks. */
function inside(place: string, depth: number): Set<string> {
  return new Set([...reach(place, down)].filter(([id, d]) => d <= depth && ['Place', 'Organization'].includes(kindOf(id) ?? '')).map(([id]) => id));
}

function policiesOf(place: string): Set<string> {
  const within = inside(place, 5);
  return new Set([
    ...ofType('ISSUED').filter((r) => within.has(r.from)).map((r) => r.to),
    ...ofType('APPLIES_TO').filter((r) => within.has(r.to)).map((r) => r.from),
  ]);
}

function expectPolicies(rows: Row[], place: string) {
  expect(idSet(rows)).toEqual(policiesOf(place));
  expectAscending(column(rows, 'issuedOn'));
  for (const r of rows) expect(r.issuedOn).toBe(entity(r.id as string)!.issuedOn ?? null);
}

const checks: Record<string, Check> = {
  '01-entities-by-degree.cypher': (rows, { limit }) => {
    const hubs = seed.entities.filter((e) => degree(e.id) > 0);
    expect(rows).toHaveLength(Math.min(Number(limit), hubs.length));
    for (const r of rows) expect(r.degree, String(r.id)).toBe(degree(r.id as string));
    const degrees = column<number>(rows, 'degree');
    expect(degrees).toEqual([...degrees].sort((a, b) => b - a));
    expect(degrees[0]).toBe(Math.max(...hubs.map((e) => degree(e.id))));
    // Top N: nothing left out has a higher degree than the last row.
    const last = degrees.at(-1)!;
    for (const e of hubs.filter((e) => degree(e.id) > last)) expect(idSet(rows)).toContain(e.id);
    expect(idSet(rows)).toContain('place:guangzhou');
  },

  '02-entity-profile.cypher': (rows, { id }) => {
    const section = (name: string) => rows.filter((r) => r.section === name);
    expect(section('entity')).toEqual([expect.objectContaining({ id, name: nameOf(id!), detail: entity(id!)!.description })]);
    const expectedRelationships = new Set(
      touching(id!).flatMap((r) => {
        const relation = r.from === id ? `-${r.type}->` : `<-${r.type}-`;
        const other = r.from === id ? r.to : r.from;
        return r.evidence.map((e) => `${relation} ${other} ${e.quote}`);
      }),
    );
    expect(new Set(section('relationship').map((r) => `${r.relation} ${r.id} ${r.quote}`))).toEqual(expectedRelationships);
    const about = factsAbout(new Set([id!]));
    const stated = seed.facts.filter((f) => f.statedBy === id);
    expect(idSet(section('fact'))).toEqual(new Set([...about, ...stated].map((f) => f.id)));
    for (const f of about) {
      const quoted = section('fact').filter((r) => r.id === f.id && String(r.relation).startsWith('about'));
      expect(new Set(column(quoted, 'quote')), f.id).toEqual(quotes(f.evidence));
    }
    expect(idSet(section('mention'))).toEqual(mentionDocs(id!));
    expect(new Set(column(section('mention'), 'quote'))).toEqual(quotes(entity(id!)!.mentions));
  },

  '03-policies-by-place.cypher': async (rows, { place }) => {
    expect(idSet(rows)).toContain('policy:guangzhou-live-broadcasting-e-commerce-development-action-plan-2020-2022');
    expectPolicies(rows, place!);
    // The whole country: several policies, by several issuers, in the order issued.
    const national = await run('03-policies-by-place.cypher', { place: 'place:china' });
    expect(national.length).toBeGreaterThan(rows.length);
    expectPolicies(national, 'place:china');
  },

  '04-people-and-affiliations.cypher': (rows) => {
    const people = seed.entities.filter((e) => e.type === 'Person').map((e) => e.id);
    expect(idSet(rows, 'person')).toEqual(new Set(people));
    const affiliations = ofType('AFFILIATED_WITH');
    expect(new Set(rows.filter((r) => r.affiliationId !== null).map((r) => `${r.person} ${r.affiliationId} ${r.role ?? ''}`))).toEqual(
      new Set(affiliations.map((r) => `${r.from} ${r.to} ${r.properties.role ?? ''}`)),
    );
    const unaffiliated = people.filter((p) => !affiliations.some((r) => r.from === p));
    expect(idSet(rows.filter((r) => r.affiliationId === null), 'person')).toEqual(new Set(unaffiliated));
    for (const r of rows.filter((r) => r.affiliationId !== null)) {
      expect(r.locatedIn, String(r.affiliationId)).toEqual(up(r.affiliationId as string).map(nameOf).sort());
    }
  },

  '05-occupations-and-origins.cypher': (rows) => {
    const occupations = seed.entities.filter((e) => e.type === 'Occupation');
    expect(idSet(rows)).toEqual(new Set(occupations.map((o) => o.id)));
    for (const r of rows) {
      const sources = ofType('GAVE_RISE_TO').filter((g) => g.to === r.id).map((g) => g.from);
      const parents = ofType('SUBTYPE_OF').filter((s) => s.from === r.id).map((s) => s.to);
      expect(r.aroseFrom, String(r.id)).toEqual(sources.map(nameOf).sort());
      expect(r.subtypeOf, String(r.id)).toEqual(parents.map(nameOf).sort());
      expect(r.aroseIn, String(r.id)).toEqual([...new Set(sources.flatMap(up).map(nameOf))].sort());
    }
    expect(rows.some((r) => (r.aroseFrom as string[]).length > 0)).toBe(true);
  },

  '06-shortest-paths.cypher': async (rows, { from, to }) => {
    const expected = shortestPaths(from!, to!);
    expect(expected.hops).toBeGreaterThan(1);
    expect(rows).toHaveLength(expected.count);
    for (const r of rows) {
      const ids = r.ids as string[];
      expect(r.hops).toBe(expected.hops);
      expect([ids[0], ids.at(-1)]).toEqual([from, to]);
      ids.slice(1).forEach((id, i) => expect(neighbours(ids[i]!)).toContain(id));
      expect(String(r.path).startsWith(nameOf(from!))).toBe(true);
    }
    // A bound below the distance finds nothing.
    expect(await run('06-shortest-paths.cypher', { from: from!, to: to!, maxHops: String(expected.hops! - 1) })).toEqual([]);
  },

  '07-facts-sharing-a-metric.cypher': async (rows, { metric }) => {
    expect(idSet(rows)).toEqual(new Set(seed.facts.filter((f) => f.metric === metric).map((f) => f.id)));
    expectAscending(column(rows, 'periodStart'));
    // Without a metric: exactly the metrics that two or more facts share.
    const all = await run('07-facts-sharing-a-metric.cypher', {});
    const counts = new Map<string, number>();
    for (const f of seed.facts) if (f.metric) counts.set(f.metric, (counts.get(f.metric) ?? 0) + 1);
    expect(new Set(column(all, 'metric'))).toEqual(new Set([...counts].filter(([, n]) => n > 1).map(([m]) => m)));
    expect(all).toHaveLength([...counts.values()].filter((n) => n > 1).reduce((a, b) => a + b, 0));
  },

  '08-documents-mentioning-two-entities.cypher': (rows, { a, b }) => {
    const both = [...mentionDocs(a!)].filter((d) => mentionDocs(b!).has(d));
    expect(both.length).toBeGreaterThan(0);
    expect(idSet(rows)).toEqual(new Set(both));
    const mentionsIn = (id: string, doc: string) => distinctEvidence(entity(id)!.mentions).filter((m) => m.document === doc);
    for (const r of rows) {
      expect(r.mentionsOfA).toBe(mentionsIn(a!, r.id as string).length);
      expect(r.mentionsOfB).toBe(mentionsIn(b!, r.id as string).length);
      expect(quotes(mentionsIn(a!, r.id as string))).toContain(r.firstQuoteOfA);
    }
  },

  '09-facts-in-a-period.cypher': (rows, { from, to }) => {
    const overlapping = seed.facts.filter((f) => f.period && f.period.start <= to! && f.period.end >= from!);
    expect(idSet(rows)).toEqual(new Set(overlapping.map((f) => f.id)));
    // Overlap, not containment: January-October 2023 touches the second half; the first half does not.
    expect(idSet(rows)).toContain('fact:000-china-live-commerce-sales-2023-jan-oct');
    expect(idSet(rows)).not.toContain('fact:001-china-live-commerce-sales-2023-h1');
    expectAscending(column(rows, 'periodStart'));
  },

  '10-full-text-search.cypher': (rows, { limit }) => {
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThanOrEqual(Number(limit));
    expect(idSet(rows)).toContain('person:sister-mi');
    const scores = column<number>(rows, 'score');
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
  },

  '11-relationship-evidence.cypher': (rows, { from, to }) => {
    const between = seed.relationships.filter((r) => r.from === from && r.to === to);
    expect(between.length).toBeGreaterThan(0);
    expect(new Set(column(rows, 'quote'))).toEqual(quotes(between.flatMap((r) => r.evidence)));
    expect(new Set(column(rows, 'type'))).toEqual(new Set(between.map((r) => r.type)));
    expect(new Set(column(rows, 'detail'))).toEqual(new Set(between.map((r) => r.properties.role ?? r.properties.how ?? null)));
    expectVerbatim(rows);
  },

  '12-fact-evidence.cypher': (rows, { id }) => {
    const fact = seed.facts.find((f) => f.id === id)!;
    expect(new Set(column(rows, 'quote'))).toEqual(quotes(fact.evidence));
    expect(new Set(column(rows, 'statement'))).toEqual(new Set([fact.statement]));
    expect(new Set(column(rows, 'statedBy'))).toEqual(new Set([fact.statedBy ? nameOf(fact.statedBy) : null]));
    expectVerbatim(rows);
  },

  '13-place-hierarchy.cypher': (rows, { place }) => {
    const expected = new Map([...reach(place!, up)].map(([id, d]) => [id, d === 0 ? 0 : -d]));
    for (const [id, d] of reach(place!, down)) if (d > 0) expected.set(id, d);
    expect(new Map(rows.map((r) => [r.id, r.level]))).toEqual(expected);
    expect(rows.filter((r) => r.relation === 'self')).toEqual([expect.objectContaining({ id: place, level: 0 })]);
    expect(rows.some((r) => r.relation === 'ancestor') && rows.some((r) => r.relation === 'descendant')).toBe(true);
    expectAscending(column(rows, 'level'));
  },

  '14-place-statistics.cypher': async (rows, { place }) => {
    const figures = (ids: Set<string>) => new Set(factsAbout(ids).filter((f) => f.value !== undefined || f.rank !== undefined).map((f) => f.id));
    expect(idSet(rows)).toEqual(figures(new Set(reach(place!, down).keys())));
    expectAscending(column(rows, 'periodStart'));
    const own = await run('14-place-statistics.cypher', { place: place!, within: 'false' });
    expect(idSet(own)).toEqual(figures(new Set([place!])));
    expect(own.length).toBeLessThan(rows.length);
  },

  '15-who-stated-what.cypher': (rows, { who }) => {
    expect(idSet(rows)).toEqual(new Set(seed.facts.filter((f) => f.statedBy === who).map((f) => f.id)));
    expect(new Set(column(rows, 'whoId'))).toEqual(new Set([who]));
  },

  '18-isolated-entities.cypher': (rows) => {
    expect(idSet(rows)).toEqual(new Set(seed.entities.filter((e) => degree(e.id) === 0).map((e) => e.id)));
    for (const r of rows) expect(r.facts, String(r.id)).toBe(seed.facts.filter((f) => f.statedBy === r.id || f.subjects.some((x) => x.entity === r.id)).length);
  },

  // The seeded graph has no curator changes; test/graphql/curation.test.ts runs this query after curator writes.
  '16-recent-changes.cypher': (rows) => {
    expect(rows).toEqual([]);
  },

  '17-metric-catalogue.cypher': async (rows, { contains }) => {
    const text = contains!.toLowerCase();
    const keys = seed.metrics.filter((m) => m.key.includes(text) || m.description.toLowerCase().includes(text)).map((m) => m.key);
    expect(column(rows, 'metric')).toEqual(keys.sort());
    for (const row of rows) {
      const facts = seed.facts.filter((f) => f.metric === row.metric);
      expect(row.description).toBe(seed.metrics.find((m) => m.key === row.metric)!.description);
      expect(row.facts).toBe(facts.length);
      expect(row.units).toEqual([...new Set(facts.flatMap((f) => (f.unit ? [f.unit] : [])))].sort());
    }
    expect((await run('17-metric-catalogue.cypher', {})).length).toBe(seed.metrics.length);
  },
};

// ---- The tests --------------------------------------------------------------------------------

describe('the Cypher library', () => {
  it('has at least 12 queries, each with a check below', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
    expect(Object.keys(checks).sort()).toEqual(files);
  });

  // Each file's header and read-only text are checked without a database, in library.unit.test.ts.
  describe.each(files)('%s', (file) => {
    it('answers its Example as the seeds say', async () => {
      const params = example(file);
      const rows = await run(file, params);
      await checks[file]!(rows, params);
    });
  });
});

describe('npm run cypher', () => {
  const { uri, username, password } = inject('neo4j');
  const exec = promisify(execFile);
  const cli = async (...args: string[]) => {
    try {
      const { stdout, stderr } = await exec(process.execPath, ['--import', 'tsx', 'src/cli/cypher.ts', ...args], {
        env: { ...process.env, NEO4J_URI: uri, NEO4J_USERNAME: username, NEO4J_PASSWORD: password },
      });
      return { code: 0, stdout, stderr };
    } catch (err) {
      const e = err as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  };

  it('prints the result of a library query as a table', async () => {
    const file = '13-place-hierarchy.cypher';
    const expected = await run(file);
    const { code, stdout } = await cli(`${QUERIES}/${file}`, '--param', 'place=place:guangzhou');
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^level \| relation +\| id +\| name +\| kind +\| type$/);
    expect(lines.at(-1)).toBe(`(${expected.length} rows)`);
    expect(stdout).toContain('place:guangzhou');
  });

  it.each([
    [['cypher/queries/none.cypher'], "cannot read query file 'cypher/queries/none.cypher': no such file"],
    [[`${QUERIES}/13-place-hierarchy.cypher`], "missing parameter 'place'"],
    [[`${QUERIES}/01-entities-by-degree.cypher`, '--param', 'limit=many'], "parameter 'limit' must be an int, got 'many'"],
    [[`${QUERIES}/01-entities-by-degree.cypher`, '--param', 'top=3'], "unknown parameter 'top'"],
  ])('fails with one clear line and exit code 1: %j', async (args, message) => {
    const { code, stdout, stderr } = await cli(...args);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toEqual([expect.stringContaining(message)]);
  });

  it('reports a Cypher error and refuses to write', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cypher-cli-'));
    try {
      const bad = path.join(dir, 'bad.cypher');
      writeFileSync(bad, 'MATCH (n:Entity) RETURN m');
      const broken = await cli(bad);
      expect([broken.code, broken.stderr.trim()]).toEqual([1, expect.stringMatching(/^cypher: .*Variable `m` not defined/)]);
      writeFileSync(bad, "CREATE (:Entity {id: 'x'})");
      const write = await cli(bad);
      expect([write.code, write.stderr.trim()]).toEqual([1, expect.stringMatching(/^cypher: .*[Ww]rit/)]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
