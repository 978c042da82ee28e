import { describe, expect, it } from 'vitest';
import type { FactGroupShape } from '../../src/graphql/shapes.js';
import type { Fact } from '../../src/seed/format.js';
import { readValidSeeds } from '../../src/seed/seed.js';
import { countRoundTrips, expectBadArguments, graphql, useApiServer } from '../support/graph.js';

// Metrics, the widened fact filter, series and aggregates, against the shared seeded graph; every
// expectation is computed from the seed files.

const seed = readValidSeeds();
const api = useApiServer();

/** Neo4j orders strings by code point, not by locale. */
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const about = (f: Fact, id: string) => f.subjects.some((s) => s.entity === id);

async function ok<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await graphql<T>(api.url, query, variables);
  expect(res.errors, query).toBeUndefined();
  return res.data!;
}

/** The ids of every fact a filter selects, by id, and the total the API counts. */
async function factIds(filter: Record<string, unknown>): Promise<{ ids: string[]; total: number }> {
  const data = await ok<{ facts: { totalCount: number; nodes: { id: string }[] } }>(
    'query($filter: FactFilter) { facts(filter: $filter, first: 100, orderBy: {field: ID}) { totalCount nodes { id } } }',
    { filter },
  );
  return { ids: data.facts.nodes.map((n) => n.id), total: data.facts.totalCount };
}
const seedIds = (keep: (f: Fact) => boolean) =>
  seed.facts
    .filter(keep)
    .map((f) => f.id)
    .sort(byText);

describe('metrics', () => {
  const keys = [...new Set(seed.facts.flatMap((f) => (f.metric ? [f.metric] : [])))].sort(byText);
  const catalogue = new Map(seed.metrics.map((m) => [m.key, m]));
  type MetricRow = { key: string; description: string | null; units: string[]; factCount: number; subjectCount: number; period: unknown };
  const METRIC = 'key description units factCount subjectCount period { start end }';

  /** What the API should say of a metric, from the seed facts and the catalogue. */
  function expectedMetric(key: string): MetricRow {
    const facts = seed.facts.filter((f) => f.metric === key);
    const dated = facts.flatMap((f) => (f.period ? [f.period] : []));
    return {
      key,
      description: catalogue.get(key)!.description,
      units: [...new Set(facts.flatMap((f) => (f.unit ? [f.unit] : [])))].sort(),
      factCount: facts.length,
      subjectCount: new Set(facts.flatMap((f) => f.subjects.map((s) => s.entity))).size,
      period: dated.length
        ? {
            start: dated.map((p) => p.start).sort(byText)[0],
            end: dated
              .map((p) => p.end)
              .sort(byText)
              .at(-1),
          }
        : null,
    };
  }

  it('lists every metric key the facts use, by key, 10 a page, each described and counted as the seeds say', async () => {
    const seen: MetricRow[] = [];
    let after: string | null = null;
    let total = 0;
    for (let guard = 0; guard < 20; guard++) {
      const { metrics }: { metrics: { totalCount: number; nodes: MetricRow[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } =
        await ok(
          `query($after: String) { metrics(first: 10, after: $after) { totalCount nodes { ${METRIC} } pageInfo { hasNextPage endCursor } } }`,
          {
            after,
          },
        );
      expect(metrics.nodes.length).toBeLessThanOrEqual(10);
      seen.push(...metrics.nodes);
      total = metrics.totalCount;
      if (!metrics.pageInfo.hasNextPage) break;
      after = metrics.pageInfo.endCursor;
    }
    expect(total).toBe(keys.length);
    expect(seen).toEqual(keys.map(expectedMetric));
  });

  it('narrows by text in the key or the description, and by subject given by name', async () => {
    const contains = (text: string) => keys.filter((k) => k.includes(text) || catalogue.get(k)!.description.toLowerCase().includes(text));
    for (const text of ['taobao', 'Plan aims', 'SALES']) {
      const { metrics } = await ok<{ metrics: { totalCount: number; nodes: { key: string }[] } }>(
        `{ metrics(contains: ${JSON.stringify(text)}, first: 100) { totalCount nodes { key } } }`,
      );
      expect(metrics.nodes.map((m) => m.key)).toEqual(contains(text.toLowerCase()));
      expect(metrics.totalCount).toBe(contains(text.toLowerCase()).length);
      expect(metrics.totalCount).toBeGreaterThan(0);
    }
    const guangzhou = [...new Set(seed.facts.filter((f) => about(f, 'place:guangzhou') && f.metric).map((f) => f.metric!))].sort(byText);
    const { byName, byId } = await ok<{ byName: { nodes: { key: string }[] }; byId: { nodes: { key: string }[] } }>(
      '{ byName: metrics(subject: "guangzhou", first: 100) { nodes { key } } byId: metrics(subject: "place:guangzhou", first: 100) { nodes { key } } }',
    );
    expect(byName.nodes.map((m) => m.key)).toEqual(guangzhou);
    expect(byId).toEqual(byName);
  });

  it('answers one metric with its subjects, most facts first, and null for a key no fact uses', async () => {
    const key = 'live_commerce_sales';
    const counts = new Map<string, number>();
    for (const f of seed.facts.filter((x) => x.metric === key))
      for (const id of new Set(f.subjects.map((s) => s.entity))) counts.set(id, (counts.get(id) ?? 0) + 1);
    const name = (id: string) => seed.entities.find((e) => e.id === id)!.name;
    const order = [...counts].sort(([a, x], [b, y]) => y - x || byText(name(a), name(b)) || byText(a, b)).map(([id]) => id);
    const data = await ok<{ metric: MetricRow & { subjects: { id: string }[] }; none: null }>(
      `{ metric(key: "${key}") { ${METRIC} subjects(first: 2) { id } } none: metric(key: "no_such_metric") { key } }`,
    );
    expect(data.none).toBeNull();
    const { subjects, ...metric } = data.metric;
    expect(metric).toEqual(expectedMetric(key));
    expect(subjects.map((s) => s.id)).toEqual(order.slice(0, 2));
  });
});

describe('the fact filter', () => {
  it('takes an exact name or alias for the subject, in any case, as it takes the id', async () => {
    const expected = seedIds((f) => about(f, 'place:guangzhou'));
    expect(expected.length).toBeGreaterThan(0);
    for (const subject of ['place:guangzhou', 'Guangzhou', 'GUANGZHOU '])
      expect(await factIds({ subject })).toEqual({ ids: expected, total: expected.length });
    const aliased = seed.entities.find((e) => e.aliases.length > 0 && seed.facts.some((f) => about(f, e.id)))!;
    const byAlias = await factIds({ subject: aliased.aliases[0]!.toLowerCase() });
    expect(byAlias.ids).toEqual(seedIds((f) => about(f, aliased.id)));
  });

  it('answers no fact, and no error, for a name nothing bears, as for an unknown id', async () => {
    expect(await factIds({ subject: 'Atlantis' })).toEqual({ ids: [], total: 0 });
    expect(await factIds({ subject: 'place:atlantis' })).toEqual({ ids: [], total: 0 });
  });

  it('keeps facts whose value lies in a range, bounds inclusive, with other conditions', async () => {
    const values = seed.facts.flatMap((f) => (f.value === undefined ? [] : [f.value])).sort((a, b) => a - b);
    const [min, max] = [values[3]!, values[values.length - 4]!];
    const inRange = (f: Fact) => f.value !== undefined && f.value >= min && f.value <= max;
    expect(await factIds({ value: { min, max } })).toEqual({ ids: seedIds(inRange), total: seedIds(inRange).length });
    const open = (f: Fact) => f.value !== undefined && f.value >= 1e9 && about(f, 'place:china');
    expect((await factIds({ value: { min: 1e9 }, subject: 'China' })).ids).toEqual(seedIds(open));
  });

  it('tells periodWithin from periodOverlaps: January to October 2023 keeps the first half, not the full year', async () => {
    const range = { from: '2023-01-01', to: '2023-10-31' };
    const within = seedIds((f) => !!f.period && f.period.start >= range.from && f.period.end <= range.to);
    const overlaps = seedIds((f) => !!f.period && f.period.start <= range.to && f.period.end >= range.from);
    const fullYear = seed.facts.find((f) => f.period?.start === '2023-01-01' && f.period.end === '2023-12-31')!;
    const firstHalf = seed.facts.find((f) => f.period?.start === '2023-01-01' && f.period.end === '2023-06-30')!;
    expect((await factIds({ periodWithin: range })).ids).toEqual(within);
    expect((await factIds({ periodOverlaps: range })).ids).toEqual(overlaps);
    expect(within).toContain(firstHalf.id);
    expect(within).not.toContain(fullYear.id);
    expect(overlaps).toContain(fullYear.id);
  });

  it('pages a name-filtered list with keyset cursors', async () => {
    const expected = seedIds((f) => about(f, 'place:guangzhou'));
    const first = await ok<{ facts: { nodes: { id: string }[]; pageInfo: { endCursor: string } } }>(
      '{ facts(filter: {subject: "Guangzhou"}, orderBy: {field: ID}, first: 3) { nodes { id } pageInfo { endCursor } } }',
    );
    const rest = await ok<{ facts: { nodes: { id: string }[] } }>(
      `{ facts(filter: {subject: "Guangzhou"}, orderBy: {field: ID}, first: 100, after: "${first.facts.pageInfo.endCursor}") { nodes { id } } }`,
    );
    expect([...first.facts.nodes, ...rest.facts.nodes].map((n) => n.id)).toEqual(expected);
  });
});

describe('series', () => {
  type Point = {
    period: { start: string; end: string };
    value: number;
    conflicting: boolean;
    facts: { id: string; evidence: { quote: string }[] }[];
  };
  type Line = { subject: { id: string; name: string }; unit: string | null; currency: string | null; points: Point[] };
  const SERIES = `query($subjects: [ID!]!, $from: Date, $to: Date) {
    series(metric: "live_commerce_sales", subjects: $subjects, from: $from, to: $to) {
      subject { id name } unit currency points { period { start end } value conflicting facts { id evidence { quote } } } } }`;
  const published = new Map(seed.documents.map((d) => [d.id, d.publishedOn ?? '']));

  /** The seeds' points of one subject: dated, valued facts of the metric grouped by unit, currency and period. */
  function expectedLines(id: string) {
    const facts = seed.facts.filter((f) => f.metric === 'live_commerce_sales' && f.value !== undefined && f.period && about(f, id));
    const lines = new Map<string, Fact[]>();
    for (const f of facts) lines.set(`${f.unit}|${f.currency}`, [...(lines.get(`${f.unit}|${f.currency}`) ?? []), f]);
    return [...lines.values()].map((line) => {
      const points = new Map<string, Fact[]>();
      for (const f of line)
        points.set(`${f.period!.start}/${f.period!.end}`, [...(points.get(`${f.period!.start}/${f.period!.end}`) ?? []), f]);
      return {
        unit: line[0]!.unit ?? null,
        currency: line[0]!.currency ?? null,
        points: [...points.values()]
          .map((group) => {
            const latest = (f: Fact) =>
              f.evidence
                .map((e) => published.get(e.document)!)
                .sort(byText)
                .at(-1)!;
            const winner = [...group].sort((a, b) => byText(latest(b), latest(a)) || byText(a.id, b.id))[0]!;
            return {
              period: { start: winner.period!.start, end: winner.period!.end },
              value: winner.value!,
              conflicting: new Set(group.map((f) => f.value)).size > 1,
              facts: group.map((f) => f.id).sort(byText),
            };
          })
          .sort((a, b) => byText(a.period.start, b.period.start) || byText(a.period.end, b.period.end)),
      };
    });
  }

  const FESTIVAL = 'event:second-double-product-online-shopping-festival';
  const subjects = ['China', 'shenzhen', FESTIVAL];

  it('draws a line per subject (given by name or id) and unit, points by period, each with its facts and their quotes', async () => {
    const { series } = await ok<{ series: Line[] }>(SERIES, { subjects });
    expect(series.map((l) => l.subject.id)).toEqual(['place:china', 'place:shenzhen', FESTIVAL]);
    for (const line of series) {
      const [expected] = expectedLines(line.subject.id);
      expect({ unit: line.unit, currency: line.currency }).toEqual({ unit: expected!.unit, currency: expected!.currency });
      expect(line.points.map(({ facts, ...p }) => ({ ...p, facts: facts.map((f) => f.id) }))).toEqual(expected!.points);
      for (const fact of line.points.flatMap((p) => p.facts)) {
        const quotes = seed.facts.find((f) => f.id === fact.id)!.evidence.map((e) => e.quote);
        expect(fact.evidence.map((e) => e.quote).sort()).toEqual([...new Set(quotes)].sort());
      }
    }
    // The festival's two sales figures for its dates disagree: one point, flagged, with both facts.
    const festival = series.find((l) => l.subject.id === FESTIVAL)!.points.find((p) => p.facts.length > 1)!;
    expect(festival.conflicting).toBe(true);
  });

  it('keeps the points whose period meets from–to', async () => {
    const { series } = await ok<{ series: Line[] }>(SERIES, { subjects, from: '2023-07-01', to: '2023-12-31' });
    const points = series.flatMap((l) => l.points.map((p) => `${l.subject.id} ${p.period.start}/${p.period.end}`));
    const expected = subjects.flatMap((s, i) => {
      const id = ['place:china', 'place:shenzhen', FESTIVAL][i]!;
      void s;
      return expectedLines(id).flatMap((l) =>
        l.points
          .filter((p) => p.period.end >= '2023-07-01' && p.period.start <= '2023-12-31')
          .map((p) => `${id} ${p.period.start}/${p.period.end}`),
      );
    });
    expect(points).toEqual(expected);
    expect(points.length).toBeGreaterThan(0);
  });

  it('costs one statement for ids, and one more to look names up, however many subjects and facts', async () => {
    const query = (list: string[]) =>
      `{ series(metric: "live_commerce_sales", subjects: ${JSON.stringify(list)}) { subject { name } points { value facts { id statement evidence { quote document { title } } } } } }`;
    expect(await countRoundTrips(api, query(['place:china', 'place:shenzhen', FESTIVAL]))).toBe(1);
    expect(await countRoundTrips(api, query(subjects))).toBe(2);
  });

  it('answers no line for names nothing bears', async () => {
    expect((await ok<{ series: Line[] }>(SERIES, { subjects: ['Atlantis'] })).series).toEqual([]);
  });
});

describe('factAggregate', () => {
  /** A group as the API answers it: the shape resolvers pass, with the entity and document as selected. */
  type Group = Omit<FactGroupShape, 'subjectId' | 'documentId'> & { subject: { id: string } | null; document: { id: string } | null };
  const GROUP = 'key subject { id } document { id } year kind unit currency count min max sum avg';
  const GROUPS_OF: Record<string, (f: Fact) => (string | number | null)[]> = {
    SUBJECT: (f) => [...new Set(f.subjects.map((s) => s.entity))],
    DOCUMENT: (f) => [...new Set(f.evidence.map((e) => e.document))],
    YEAR: (f) => [f.period ? Number(f.period.start.slice(0, 4)) : null],
    KIND: (f) => [f.kind],
  };

  /** The groups the seeds give: per group and unit and currency, largest count first, then by key. */
  function expectedGroups(groupBy: string, facts: Fact[]) {
    const groups = new Map<string, { group: string | number | null; facts: Fact[] }>();
    for (const f of facts)
      for (const group of GROUPS_OF[groupBy]!(f)) {
        const key = `${group ?? 'undated'}${f.unit ? `|${f.unit}` : ''}${f.currency ? `|${f.currency}` : ''}`;
        groups.set(key, { group, facts: [...(groups.get(key)?.facts ?? []), f] });
      }
    return [...groups]
      .map(([key, { group, facts: list }]) => {
        const values = list.flatMap((f) => (f.value === undefined ? [] : [f.value]));
        const sum = values.reduce((a, b) => a + b, 0);
        return {
          key,
          subject: groupBy === 'SUBJECT' ? { id: group } : null,
          document: groupBy === 'DOCUMENT' ? { id: group } : null,
          year: groupBy === 'YEAR' ? group : null,
          kind: groupBy === 'KIND' ? String(group).toUpperCase() : null,
          unit: list[0]!.unit ?? null,
          currency: list[0]!.currency ?? null,
          count: list.length,
          min: values.length ? Math.min(...values) : null,
          max: values.length ? Math.max(...values) : null,
          sum: values.length ? sum : null,
          avg: values.length ? sum / values.length : null,
        };
      })
      .sort((a, b) => b.count - a.count || byText(a.key, b.key));
  }

  /** Sums and means in floating point: equal to the last few digits. */
  const close = (groups: Group[]) =>
    groups.map((g) => ({
      ...g,
      sum: g.sum === null ? null : Number(g.sum.toPrecision(12)),
      avg: g.avg === null ? null : Number(g.avg.toPrecision(12)),
    }));

  for (const groupBy of Object.keys(GROUPS_OF)) {
    it(`groups by ${groupBy}, each unit and currency apart, as the seeds add up`, async () => {
      const { factAggregate } = await ok<{ factAggregate: Group[] }>(`{ factAggregate(groupBy: ${groupBy}, first: 200) { ${GROUP} } }`);
      const expected = expectedGroups(groupBy, seed.facts).slice(0, 200);
      expect(close(factAggregate)).toEqual(close(expected as Group[]));
      // Units never mix: no two rows of one group share a unit and currency, and a group's rows differ in unit or currency.
      expect(new Set(factAggregate.map((g) => g.key)).size).toBe(factAggregate.length);
    });
  }

  it('aggregates what a filter selects, the same conditions as facts, by name, and at most first groups', async () => {
    const selected = seed.facts.filter((f) => about(f, 'place:china') && f.value !== undefined && f.value >= 1e6);
    const { factAggregate } = await ok<{ factAggregate: Group[] }>(
      `{ factAggregate(groupBy: YEAR, first: 2, filter: {subject: "China", value: {min: 1e6}}) { ${GROUP} } }`,
    );
    expect(close(factAggregate)).toEqual(close(expectedGroups('YEAR', selected).slice(0, 2) as Group[]));
    const { facts } = await ok<{ facts: { totalCount: number } }>(
      '{ facts(filter: {subject: "China", value: {min: 1e6}}) { totalCount } }',
    );
    expect(facts.totalCount).toBe(selected.length);
  });
});

describe('bad arguments', () => {
  it('are refused with BAD_USER_INPUT naming the argument', async () => {
    await expectBadArguments(api.url, 'facts', '{ totalCount }', [
      ['filter: {value: {min: 5, max: 1}}', 'filter.value'],
      ['filter: {periodWithin: {from: "2023-12-31", to: "2023-01-01"}}', 'filter.periodWithin'],
      ['filter: {subject: "  "}', 'filter.subject'],
    ]);
    await expectBadArguments(api.url, 'factAggregate', '{ key }', [
      ['groupBy: KIND, filter: {value: {min: 2, max: 1}}', 'filter.value'],
      ['groupBy: KIND, first: 201', 'first'],
    ]);
    await expectBadArguments(api.url, 'series', '{ unit }', [
      ['metric: "live_commerce_sales", subjects: []', 'subjects'],
      [`metric: "live_commerce_sales", subjects: ${JSON.stringify(Array.from({ length: 21 }, (_, i) => `place:p${i}`))}`, 'subjects'],
      ['metric: " ", subjects: ["place:china"]', 'metric'],
      ['metric: "live_commerce_sales", subjects: ["place:china"], from: "2024-01-01", to: "2023-01-01"', 'from'],
    ]);
    await expectBadArguments(api.url, 'metrics', '{ totalCount }', [
      ['contains: ""', 'contains'],
      ['after: "not-a-cursor"', 'after'],
      ['first: 101', 'first'],
    ]);
  });

  it('leave the other root fields their data (partial results)', async () => {
    const res = await graphql<{ a: null; b: { nodeCount: number } }>(
      api.url,
      '{ a: facts(filter: {value: {min: 5, max: 1}}) { totalCount } b: graphStats { nodeCount } }',
    );
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]).toMatchObject({ path: ['a'], extensions: { code: 'BAD_USER_INPUT', argument: 'filter.value' } });
    expect(res.data!.a).toBeNull();
    expect(res.data!.b.nodeCount).toBeGreaterThan(seed.facts.length);
  });
});
