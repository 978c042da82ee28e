import { describe, expect, it } from 'vitest';
import { ENTITY_KIND_NAMES, type EntityKind } from '../../src/model/vocabulary.js';
import type { Fact } from '../../src/seed/format.js';
import { evidenceId } from '../../src/seed/rows.js';
import { readValidSeeds } from '../../src/seed/seed.js';
import { countRoundTrips, expectBadArguments, graphql, useApiServer } from '../support/graph.js';
import { QUERY_FIELDS as KIND_FIELDS } from '../../src/graphql/kind-fields.js';

const seed = readValidSeeds();
const api = useApiServer();

const FACT_FIELDS = `id kind statement metric value unit currency qualifier valueText period { start end label } change { value unit basis }
  rank rankOf subjects { role entity { __typename id } } statedBy { __typename id } evidence { id quote start end }`;

/** Neo4j orders strings by code point, not by locale. */
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** What the API should answer for a seeded fact: enums upper-cased, absent values null, lists in API order. */
function expected(f: Fact) {
  const upper = (v: string | undefined) => v?.toUpperCase() ?? null;
  const entity = (id: string) => seed.entities.find((e) => e.id === id)!;
  const typeOf = (id: string) => entity(id).type;
  return {
    id: f.id,
    kind: upper(f.kind),
    statement: f.statement,
    metric: f.metric ?? null,
    value: f.value ?? null,
    unit: f.unit ?? null,
    currency: f.currency ?? null,
    qualifier: upper(f.qualifier),
    valueText: f.valueText ?? null,
    period: f.period ? { start: f.period.start, end: f.period.end, label: f.period.label ?? null } : null,
    change: f.change ? { value: f.change.value, unit: upper(f.change.unit), basis: upper(f.change.basis) } : null,
    rank: f.rank ?? null,
    rankOf: f.rankOf ?? null,
    subjects: f.subjects
      .map((s) => ({ role: upper(s.role), entity: { __typename: typeOf(s.entity), id: s.entity } }))
      .sort(
        (a, b) =>
          a.role!.localeCompare(b.role!) ||
          byText(entity(a.entity.id).name, entity(b.entity.id).name) ||
          a.entity.id.localeCompare(b.entity.id),
      ),
    statedBy: f.statedBy ? { __typename: typeOf(f.statedBy), id: f.statedBy } : null,
    evidence: [...new Map(f.evidence.map((e) => [evidenceId(e), e])).values()]
      .sort((a, b) => a.document.localeCompare(b.document) || a.start - b.start)
      .map((e) => ({ id: evidenceId(e), quote: e.quote, start: e.start, end: e.end })),
  };
}

type FactRow = ReturnType<typeof expected>;
type Page = {
  edges: { cursor: string; node: FactRow }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string; endCursor: string };
  totalCount: number;
};

async function ok<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await graphql<T>(api.url, query, variables);
  expect(res.errors, query).toBeUndefined();
  return res.data!;
}

const PAGE = `query($filter: FactFilter, $orderBy: FactOrder, $first: Int, $after: String, $last: Int, $before: String) {
  facts(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
    edges { cursor node { ${FACT_FIELDS} } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } totalCount } }`;

const page = async (variables: Record<string, unknown>) => (await ok<{ facts: Page }>(PAGE, variables)).facts;

/** Every fact that matches, page by page forward; checks that pages join without repeats. */
async function forward(variables: Record<string, unknown>, size: number): Promise<FactRow[]> {
  const all: FactRow[] = [];
  let after: string | undefined;
  for (let guard = 0; guard < 50; guard++) {
    const p = await page({ ...variables, first: size, after });
    expect(p.edges.length).toBeLessThanOrEqual(size);
    all.push(...p.edges.map((e) => e.node));
    if (!p.pageInfo.hasNextPage) break;
    after = p.pageInfo.endCursor;
  }
  expect(new Set(all.map((f) => f.id)).size).toBe(all.length);
  return all;
}

/** The same, page by page backward from the end. */
async function backward(variables: Record<string, unknown>, size: number): Promise<FactRow[]> {
  const all: FactRow[] = [];
  let before: string | undefined;
  for (let guard = 0; guard < 50; guard++) {
    const p = await page({ ...variables, last: size, before });
    all.unshift(...p.edges.map((e) => e.node));
    if (!p.pageInfo.hasPreviousPage) break;
    before = p.pageInfo.startCursor;
  }
  return all;
}

const ids = (facts: { id: string }[]) => facts.map((f) => f.id).sort();
const seedIds = (match: (f: Fact) => boolean) =>
  seed.facts
    .filter(match)
    .map((f) => f.id)
    .sort();

describe('fact by id', () => {
  it('answers a statistic with its period, change, subject and evidence that stands in its document', async () => {
    const { fact } = await ok<{
      fact: FactRow & { evidence: { quote: string; start: number; end: number; document: { id: string; text: string } }[] };
    }>(`{ fact(id: "fact:000-china-live-commerce-sales-2023-jan-oct") { ${FACT_FIELDS} evidence { document { id text } } } }`);
    expect(fact).toMatchObject({
      kind: 'STATISTIC',
      metric: 'live_commerce_sales',
      value: 2.2e12,
      unit: 'yuan',
      currency: 'CNY',
      qualifier: 'MORE_THAN',
      valueText: '2.2 trillion yuan',
      period: { start: '2023-01-01', end: '2023-10-31', label: 'first 10 months of 2023' },
      change: { value: 58.9, unit: 'PERCENT', basis: 'YEAR_ON_YEAR' },
      subjects: [{ role: 'LOCATION', entity: { __typename: 'Place', id: 'place:china' } }],
      statedBy: null,
    });
    const [quote] = fact.evidence;
    expect(quote!.quote).toContain('2.2 trillion yuan');
    expect(quote!.document.id).toBe('doc:agglomeration-effect-2023');
    expect(quote!.document.text.slice(quote!.start, quote!.end)).toBe(quote!.quote);
  });

  it('answers who stated a statement, and a ranking with its rank', async () => {
    const statement = seed.facts.find((f) => f.statedBy === 'person:li-mingtao')!;
    const ranking = seed.facts.find((f) => f.rank !== undefined && f.rankOf !== undefined)!;
    const data = await ok<{ a: FactRow; b: FactRow }>(
      `{ a: fact(id: "${statement.id}") { ${FACT_FIELDS} } b: fact(id: "${ranking.id}") { ${FACT_FIELDS} } }`,
    );
    expect(data.a).toEqual(expected(statement));
    expect(data.a.statedBy).toEqual({ __typename: 'Person', id: 'person:li-mingtao' });
    expect(data.b).toEqual(expected(ranking));
  });

  it('returns null for an unknown id or the id of something else, and names a malformed id', async () => {
    expect(await ok('{ a: fact(id: "fact:no-such-fact") { id } b: fact(id: "place:china") { id } }')).toEqual({ a: null, b: null });
    const bad = await graphql(api.url, '{ fact(id: "2.2 trillion") { id } }');
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
  });
});

describe('facts', () => {
  it('pages through every fact, 25 at a time, each answered as the seeds state it', async () => {
    const all = await forward({}, 25);
    const { totalCount } = await page({ first: 1 });
    expect(totalCount).toBe(seed.facts.length);
    expect(all.length).toBe(totalCount);
    const byId = new Map(seed.facts.map((f) => [f.id, f]));
    for (const fact of all) expect(fact, fact.id).toEqual(expected(byId.get(fact.id)!));
  });

  it('orders by period start, newest first, undated last, by default', async () => {
    const all = await forward({}, 100);
    const starts = all.map((f) => f.period?.start ?? null);
    const dated = starts.filter((s): s is string => s !== null);
    expect(starts).toEqual([...dated, ...starts.filter((s) => s === null)]);
    expect(dated).toEqual([...dated].sort().reverse());
  });

  it('orders by value both ways, facts without a value last, and pages back exactly as forward', async () => {
    for (const direction of ['ASC', 'DESC']) {
      const orderBy = { field: 'VALUE', direction };
      const all = await forward({ orderBy }, 10);
      expect(all.length).toBe(seed.facts.length);
      const values = all.map((f) => f.value);
      const valued = values.filter((v): v is number => v !== null);
      expect(valued.length).toBe(seed.facts.filter((f) => f.value !== undefined).length);
      expect(values).toEqual([...valued, ...values.filter((v) => v === null)]);
      expect(valued).toEqual([...valued].sort((a, b) => (direction === 'ASC' ? a - b : b - a)));
      expect((await backward({ orderBy }, 10)).map((f) => f.id)).toEqual(all.map((f) => f.id));
    }
  });

  it('orders by period end and by id', async () => {
    const ends = (await forward({ orderBy: { field: 'PERIOD_END', direction: 'ASC' } }, 100)).map((f) => f.period?.end).filter(Boolean);
    expect(ends).toEqual([...ends].sort());
    const byId = await forward({ orderBy: { field: 'ID', direction: 'DESC' } }, 100);
    expect(byId.map((f) => f.id)).toEqual(
      seed.facts
        .map((f) => f.id)
        .sort()
        .reverse(),
    );
  });

  it('filters by subject and role, kinds, metric, statement text, stater and document', async () => {
    const cases: [Record<string, unknown>, (f: Fact) => boolean][] = [
      [{ subject: 'place:shenzhen' }, (f) => f.subjects.some((s) => s.entity === 'place:shenzhen')],
      [
        { subject: 'place:shenzhen', subjectRole: 'LOCATION' },
        (f) => f.subjects.some((s) => s.entity === 'place:shenzhen' && s.role === 'location'),
      ],
      [{ subjectRole: 'EVENT' }, (f) => f.subjects.some((s) => s.role === 'event')],
      [{ kinds: ['TARGET'] }, (f) => f.kind === 'target'],
      [{ kinds: ['RANKING', 'STATEMENT'] }, (f) => f.kind === 'ranking' || f.kind === 'statement'],
      [{ metric: 'live_commerce_sales' }, (f) => f.metric === 'live_commerce_sales'],
      [{ statementContains: 'TRILLION' }, (f) => f.statement.toLowerCase().includes('trillion')],
      [{ statedBy: 'person:li-mingtao' }, (f) => f.statedBy === 'person:li-mingtao'],
      [
        { document: 'doc:shenzhen-daily-livestreaming-sales-2024' },
        (f) => f.evidence.some((e) => e.document === 'doc:shenzhen-daily-livestreaming-sales-2024'),
      ],
      [
        { subject: 'place:shenzhen', kinds: ['TARGET'] },
        (f) => f.kind === 'target' && f.subjects.some((s) => s.entity === 'place:shenzhen'),
      ],
    ];
    for (const [filter, match] of cases) {
      const found = await forward({ filter }, 100);
      const want = seedIds(match);
      expect(want.length, JSON.stringify(filter)).toBeGreaterThan(0);
      expect(ids(found), JSON.stringify(filter)).toEqual(want);
      expect((await page({ filter, first: 1 })).totalCount).toBe(want.length);
    }
  });

  it('filters by period overlap, leaving undated facts out, with either bound open', async () => {
    const overlaps = (from: string | undefined, to: string | undefined) => (f: Fact) =>
      f.period !== undefined && (to === undefined || f.period.start <= to) && (from === undefined || f.period.end >= from);
    const ranges: [string | undefined, string | undefined][] = [
      ['2024-01-01', '2024-12-31'],
      ['2023-06-01', '2023-06-30'],
      [undefined, '2020-12-31'],
      ['2024-10-31', undefined],
      [undefined, undefined],
    ];
    for (const [from, to] of ranges) {
      const found = await forward({ filter: { periodOverlaps: { from, to } } }, 100);
      const want = seedIds(overlaps(from, to));
      expect(want.length, `${from}..${to}`).toBeGreaterThan(0);
      expect(ids(found), `${from}..${to}`).toEqual(want);
    }
  });

  it('counts the total only when it is selected, then in the page statement itself', async () => {
    const statements: string[] = [];
    const stop = api.db.onQuery((cypher) => statements.push(cypher));
    try {
      await graphql(api.url, '{ facts(first: 5) { nodes { id } } }');
      expect(statements).toHaveLength(1);
      expect(statements[0]).not.toMatch(/count\(/);
      await graphql(api.url, '{ facts(first: 5) { nodes { id } totalCount } }');
      expect(statements).toHaveLength(2);
      expect(statements[1]).toMatch(/count\(f\) AS total/);
    } finally {
      stop();
    }
    const res = await graphql<{ facts: { totalCount: number; nodes: unknown[] } }>(
      api.url,
      '{ facts(first: 3, filter: { kinds: [TARGET] }) { totalCount nodes { id } } }',
    );
    expect(res.data!.facts.nodes).toHaveLength(3);
    expect(res.data!.facts.totalCount).toBe(seed.facts.filter((f) => f.kind === 'target').length);
  });

  it('names the argument at fault', async () => {
    const cases: [string, string][] = [
      ['first: 10000', 'first'],
      ['last: 101', 'last'],
      ['first: 2, last: 2', 'last'],
      ['after: "zzz"', 'after'],
      ['before: "zzz"', 'before'],
      // A subject may be a name (test/graphql/analytics.test.ts); the stater and the document stay ids.
      ['filter: {subject: "   "}', 'filter.subject'],
      ['filter: {statedBy: "li mingtao"}', 'filter.statedBy'],
      ['filter: {document: "shenzhen daily"}', 'filter.document'],
      ['filter: {statementContains: "  "}', 'filter.statementContains'],
      ['filter: {periodOverlaps: {from: "2024-12-31", to: "2024-01-01"}}', 'filter.periodOverlaps'],
    ];
    await expectBadArguments(api.url, 'facts', '{ totalCount }', cases);
  });

  it('fetches an entity, its facts, their quotes and documents in one statement', async () => {
    const withQuotes = (documentFields: string) =>
      `{ place(id: "place:guangzhou") { facts(first: 50) { id evidence { id quote start document { ${documentFields} } } } } }`;
    // The place with its facts (quotes and document headers ride along); the article text only when asked for.
    expect(await countRoundTrips(api, withQuotes('id title'))).toBe(1);
    expect(await countRoundTrips(api, withQuotes('id title text'))).toBe(2);
    // The same through node(id), and with facts nested in a fragment; other arguments, other facts.
    expect(await countRoundTrips(api, '{ node(id: "place:guangzhou") { ... on Entity { facts(first: 3) { id } } } }')).toBe(1);
    const [few, many] = await Promise.all(
      ['first: 2', 'first: 50'].map((args) =>
        graphql<{ node: { facts: { id: string }[] } }>(
          api.url,
          `{ node(id: "place:guangzhou") { ...F } } fragment F on Place { facts(${args}) { id } }`,
        ),
      ),
    );
    expect(few!.data!.node.facts.map((f) => f.id)).toEqual(many!.data!.node.facts.slice(0, 2).map((f) => f.id));
    const bad = await graphql(api.url, '{ place(id: "place:guangzhou") { facts(first: 1000) { id } } }');
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    type Quoted = {
      id: string;
      evidence: { id: string; quote: string; start: number; document: { id: string; title: string; text: string } }[];
    };
    const res = await graphql<{ place: { facts: Quoted[] } }>(api.url, withQuotes('id title text'));
    const facts = res.data!.place.facts;
    expect(facts.length).toBeGreaterThan(3);
    for (const fact of facts) {
      // The same evidence as the fact answers on its own, each quote standing in its document's text.
      const alone = await graphql<{ fact: { evidence: { id: string }[] } }>(api.url, `{ fact(id: "${fact.id}") { evidence { id } } }`);
      expect(fact.evidence.map((e) => e.id)).toEqual(alone.data!.fact.evidence.map((e) => e.id));
      for (const e of fact.evidence) expect(e.document.text.slice(e.start, e.start + e.quote.length)).toBe(e.quote);
    }
  });

  it('sends a number of queries bounded by the selection depth, not by the number of facts', async () => {
    const nested = (n: number) =>
      `{ facts(first: ${n}) { nodes { subjects { entity { id } } statedBy { id } evidence { document { id } } } } }`;
    const count = (query: string) => countRoundTrips(api, query);
    // page + subjects + statedBy + evidence + documents
    expect(await count(nested(100))).toBe(5);
    expect(await count(nested(3))).toBe(5);
  });
});

/** Newest period first, undated last (ids break ties). */
function newestFirst(facts: Fact[]): string[] {
  const key = (f: Fact) => f.period?.start ?? '';
  return [...facts]
    .sort((a, b) => key(b).localeCompare(key(a)) || (b.period?.end ?? '').localeCompare(a.period?.end ?? '') || a.id.localeCompare(b.id))
    .map((f) => f.id);
}

describe('facts of entities', () => {
  it('lists the facts about every entity of every kind, newest first', async () => {
    for (const kind of ENTITY_KIND_NAMES) {
      const list = KIND_FIELDS[kind]![1];
      const data = await ok<Record<string, { nodes: { id: string; facts: { id: string }[] }[] }>>(
        `{ ${list}(first: 100) { nodes { id facts(first: 100) { id } } } }`,
      );
      for (const entity of data[list]!.nodes) {
        const about = seed.facts.filter((f) => f.subjects.some((s) => s.entity === entity.id));
        expect(
          entity.facts.map((f) => f.id),
          entity.id,
        ).toEqual(newestFirst(about));
      }
    }
  });

  it('narrows an entity facts by kind, metric and role, and limits them', async () => {
    const shenzhen = seed.facts.filter((f) => f.subjects.some((s) => s.entity === 'place:shenzhen'));
    const data = await ok<{ place: Record<string, { id: string }[]> }>(`{ place(id: "place:shenzhen") {
      targets: facts(kinds: [TARGET]) { id }
      sales: facts(metric: "live_commerce_sales") { id }
      located: facts(role: LOCATION) { id }
      subject: facts(role: SUBJECT) { id }
      two: facts(first: 2) { id } } }`);
    expect(data.place.targets!.map((f) => f.id)).toEqual(newestFirst(shenzhen.filter((f) => f.kind === 'target')));
    expect(data.place.sales!.map((f) => f.id)).toEqual(newestFirst(shenzhen.filter((f) => f.metric === 'live_commerce_sales')));
    expect(data.place.located!.length).toBe(
      shenzhen.filter((f) => f.subjects.some((s) => s.entity === 'place:shenzhen' && s.role === 'location')).length,
    );
    expect(data.place.subject!.length).toBe(
      shenzhen.filter((f) => f.subjects.some((s) => s.entity === 'place:shenzhen' && s.role === 'subject')).length,
    );
    expect(data.place.two!.map((f) => f.id)).toEqual(newestFirst(shenzhen).slice(0, 2));
    const bad = await graphql(api.url, '{ place(id: "place:shenzhen") { facts(first: 101) { id } } }');
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
  });

  it('answers statements of people, organizations and reports, goals of policies and results of events', async () => {
    const fields: [kind: string, field: string, match: (f: Fact, id: string) => boolean][] = [
      ['Person', 'statements', (f, id) => f.statedBy === id],
      ['Organization', 'statements', (f, id) => f.statedBy === id],
      ['Report', 'statements', (f, id) => f.statedBy === id],
      ['Policy', 'goals', (f, id) => f.kind === 'target' && f.subjects.some((s) => s.entity === id)],
      ['Event', 'results', (f, id) => f.subjects.some((s) => s.entity === id)],
    ];
    for (const [kind, field, match] of fields) {
      const list = KIND_FIELDS[kind as EntityKind][1];
      const data = await ok<Record<string, { nodes: ({ id: string } & Record<string, { id: string }[]>)[] }>>(
        `{ ${list}(first: 100) { nodes { id ${field} { id } } } }`,
      );
      let nonEmpty = 0;
      for (const entity of data[list]!.nodes) {
        const want = newestFirst(seed.facts.filter((f) => match(f, entity.id)));
        expect(
          entity[field]!.map((f) => f.id),
          `${entity.id}.${field}`,
        ).toEqual(want);
        if (want.length) nonEmpty++;
      }
      expect(nonEmpty, `${kind}.${field}`).toBeGreaterThan(0);
    }
  });
});
