import { parse, validate, buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { auditGraph } from '../src/audit/checks.js';
import { seedSnapshot } from '../src/audit/seed-snapshot.js';
import { loadTypeDefs } from '../src/graphql/type-defs.js';
import { loadOperations } from '../src/http/operations.js';
import { readValidSeeds } from '../src/seed/seed.js';
import { graphql, useApiServer } from './support/graph.js';
import { publishedBy, rivalsInSeeds } from './support/knowledge.js';

// The example operations answer real research questions; each runs here against the seeded graph.
const seed = readValidSeeds();
const operations = loadOperations();
const api = useApiServer();

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const quotesAreVerbatim = (evidence: { quote: string }[]) => {
  const texts = seed.documents.map((d) => d.text);
  for (const e of evidence)
    expect(
      texts.some((t) => t.includes(e.quote)),
      e.quote,
    ).toBe(true);
};

/** What each operation must answer. */
const EXPECTATIONS: Record<string, (data: Data) => void> = {
  '01-who-issued-what.graphql': (d) => {
    const policies = d.policies.nodes as Data[];
    expect(policies.length).toBe(
      seed.entities.filter((e) => e.type === 'Policy' && e.issuedOn && e.issuedOn >= '2020' && e.issuedOn.slice(0, 4) <= '2024').length,
    );
    const guangzhou = policies.find((p) => p.id === 'policy:guangzhou-live-broadcasting-e-commerce-development-action-plan-2020-2022')!;
    expect(guangzhou.issuers[0].node.id).toBe('org:guangzhou-municipal-bureau-of-commerce');
    expect(guangzhou.goals.length).toBeGreaterThan(0);
    quotesAreVerbatim(
      policies.flatMap((p) => [...p.issuers.flatMap((i: Data) => i.evidence), ...p.goals.flatMap((g: Data) => g.evidence)]),
    );
    const dates = policies.map((p) => p.issuedOn);
    expect(dates).toEqual([...dates].sort());
  },
  '02-numbers-for-a-place.graphql': (d) => {
    const facts = d.facts.nodes as Data[];
    const sales = facts.find((f) => f.value === 40.8e9);
    expect(sales).toMatchObject({ unit: 'yuan', period: { start: '2024-08-23', end: '2024-10-31' } });
    expect(sales!.evidence.map((e: Data) => e.quote).join(' ')).toContain('40.8 billion yuan');
    for (const f of facts) expect(f.period.end >= '2023-01-01' && f.period.start <= '2024-12-31').toBe(true);
  },
  '03-how-two-actors-connect.graphql': (d) => {
    expect(d.paths.length).toBeGreaterThan(0);
    for (const path of d.paths) {
      expect(path.nodes[0].id).toBe('person:sister-mi');
      expect(path.nodes.at(-1).id).toBe('place:guangzhou');
      for (const edge of path.edges) expect(edge.evidence.length).toBeGreaterThan(0);
    }
    expect(d.connections.documents.map((x: Data) => x.id)).toContain('doc:workers-daily-guangzhou-sample');
  },
  '04-city-profile.graphql': (d) => {
    expect(d.place).toMatchObject({ name: 'Guangzhou', placeType: 'CITY' });
    expect(d.place.policies.length).toBeGreaterThan(0);
    expect(d.place.documents.length).toBeGreaterThanOrEqual(3);
    quotesAreVerbatim([...d.place.policies, ...d.place.bases, ...d.place.events].flatMap((r: Data) => r.evidence));
  },
  '05-people-and-affiliations.graphql': (d) => {
    expect(d.people.totalCount).toBe(seed.entities.filter((e) => e.type === 'Person').length);
    const li = (d.people.nodes as Data[]).find((p) => p.id === 'person:li-mingtao')!;
    expect(li.affiliations[0]).toMatchObject({
      role: 'director',
      organization: { id: 'org:china-international-e-commerce-center-research-institute' },
    });
    expect(li.statements.length).toBeGreaterThan(0);
  },
  '06-neighbourhood.graphql': (d) => {
    const ids = new Set((d.neighborhood.nodes as Data[]).map((n) => n.id));
    expect(d.neighborhood.center.id).toBe('place:guangzhou');
    for (const e of d.neighborhood.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    const direct = seed.relationships
      .filter((r) => r.from === 'place:guangzhou' || r.to === 'place:guangzhou')
      .map((r) => (r.from === 'place:guangzhou' ? r.to : r.from));
    for (const id of direct) expect(ids.has(id), id).toBe(true);
  },
  '07-search.graphql': (d) => {
    // Typed in part: the city first, then the other names that begin with it, then the rest.
    expect(d.search.edges[0]).toMatchObject({ matchedBy: 'NAME_PREFIX', field: 'name', node: { id: 'place:guangzhou' } });
    const begun = seed.entities.filter((e) => [e.name, ...e.aliases].some((n) => n.toLowerCase().startsWith('guangzho')));
    expect(
      d.search.edges
        .slice(0, begun.length)
        .map((e: Data) => e.node.id)
        .sort(),
    ).toEqual(begun.map((e) => e.id).sort());
    expect(d.search.totalCount).toBeGreaterThan(10);
    expect(d.search.pageInfo.hasNextPage).toBe(true);
  },
  '08-occupations.graphql': (d) => {
    const nodes = d.occupations.nodes as Data[];
    expect(nodes.length).toBe(seed.entities.filter((e) => e.type === 'Occupation').length);
    expect(nodes.some((o) => o.originatedFrom.length > 0)).toBe(true);
  },
  '09-sources.graphql': (d) => {
    expect(d.documents.totalCount).toBe(5);
    const dates = (d.documents.nodes as Data[]).map((x) => x.publishedOn);
    expect(dates[0] >= dates.at(-1)).toBe(true);
    const workers = (d.documents.nodes as Data[]).find((x) => x.id === 'doc:workers-daily-guangzhou-sample')!;
    expect(workers.entities.map((e: Data) => e.id)).toContain('person:sister-mi');
  },
  '21-conflicting-values.graphql': (d) => {
    const nodes = d.facts.nodes as Data[];
    for (const f of nodes) expect(f.conflicts.map((c: Data) => c.id).sort(), f.id).toEqual(rivalsInSeeds(f.id, false));
    const byId = new Map(nodes.map((f) => [f.id, f]));
    // The newer article (2024) gives Jan–Oct 2023; the older (2023) the first half.
    expect(byId.get('fact:000-china-live-commerce-sales-2023-jan-oct')).toMatchObject({ preference: 'PREFERRED' });
    expect(byId.get('fact:001-china-live-commerce-sales-2023-h1')).toMatchObject({ preference: 'DEPRECATED' });
    expect(byId.get('fact:001-china-live-commerce-sales-2023-h1')!.preferenceReason).toContain(
      'fact:000-china-live-commerce-sales-2023-jan-oct (newer source)',
    );
    const deprecated = nodes.filter((f) => f.preference === 'DEPRECATED').length;
    expect(deprecated).toBeGreaterThan(0);
    const aboutChina = seed.facts.filter((f) => f.subjects.some((s) => s.entity === 'place:china')).length;
    expect(d.preferredOnly.totalCount).toBe(aboutChina - deprecated);
  },
  '22-state-of-knowledge.graphql': (d) => {
    expect(d.then.totalCount).toBe(seed.facts.filter((f) => f.evidence.some((e) => publishedBy(e.document, '2020-12-31'))).length);
    expect(d.then.totalCount).toBeGreaterThan(0);
    for (const f of d.then.nodes as Data[]) expect(f.evidence[0].document.publishedOn <= '2020').toBe(true);
    expect(d.now.totalCount).toBe(seed.facts.length);
    const [then, now] = [d.place.then as Data[], d.place.now as Data[]].map((list) => list.map((f) => f.id as string)) as [
      string[],
      string[],
    ];
    expect(then.length).toBeGreaterThan(0);
    expect(now.length).toBeGreaterThan(then.length);
    for (const id of then) expect(now).toContain(id);
  },
  '23-chinese-names.graphql': (d) => {
    expect(d.search.edges[0]).toMatchObject({
      matchedBy: 'EXACT_ALIAS',
      field: 'aliases',
      node: { id: 'place:guangzhou', names: [{ value: '广州', lang: 'zh', origin: 'CURATOR' }] },
    });
    for (const p of d.platforms.nodes as Data[]) {
      const names = seed.entities.find((e) => e.id === p.id)!.names ?? [];
      expect(p.names, p.id).toEqual(names.map((n) => ({ ...n, origin: n.origin.toUpperCase() })));
    }
    expect(d.platforms.nodes.find((p: Data) => p.id === 'platform:taobao').names[0].value).toBe('淘宝');
  },
  '13-graph-health.graphql': (d) => {
    const audit = auditGraph(seedSnapshot(seed));
    expect(d.graphHealth.componentCount).toBe(audit.components.length);
    expect(d.graphHealth.components[0].size).toBe(audit.components[0]!.length);
    expect(d.graphHealth.isolatedEntities.map((e: Data) => e.id)).toEqual(audit.components.filter((c) => c.length === 1).flat());
    expect(d.graphHealth.findingCount).toBe(audit.findings.length);
  },
  '10-any-node.graphql': (d) => {
    expect(d.nodes.map((n: Data) => n.__typename)).toEqual(['Organization', 'Fact', 'Document']);
    expect(d.nodes[1].value).toBe(2.2e12);
  },
  '11-compare-a-metric.graphql': (d) => {
    expect(d.metric.description).toBe(seed.metrics.find((m) => m.key === 'live_commerce_sales')!.description);
    // Guangzhou states no sales figure: it has no line. China and Shenzhen do, one point per dated figure.
    const pointsOf = (id: string) =>
      new Set(
        seed.facts
          .filter((f) => f.metric === 'live_commerce_sales' && f.value !== undefined && f.period && f.subjects.some((s) => s.entity === id))
          .map((f) => `${f.period!.start}/${f.period!.end}`),
      ).size;
    expect(d.series.map((l: Data) => [l.subject.id, l.unit, l.points.length])).toEqual([
      ['place:china', 'yuan', pointsOf('place:china')],
      ['place:shenzhen', 'yuan', pointsOf('place:shenzhen')],
    ]);
    quotesAreVerbatim(d.series.flatMap((l: Data) => l.points.flatMap((p: Data) => p.facts.flatMap((f: Data) => f.evidence))));
  },
  '12-metrics-and-aggregates.graphql': (d) => {
    const sales = [...new Set(seed.facts.map((f) => f.metric).filter((k) => k?.includes('sales')))];
    expect(d.metrics.totalCount).toBeGreaterThanOrEqual(sales.length);
    expect(d.metrics.nodes.map((m: Data) => m.key)).toEqual(expect.arrayContaining(sales));
    const statistics = seed.facts.filter((f) => f.kind === 'statistic' && f.metric === 'live_commerce_sales');
    expect(d.bySubject.reduce((n: number, g: Data) => n + g.count, 0)).toBe(
      statistics.reduce((n, f) => n + new Set(f.subjects.map((s) => s.entity)).size, 0),
    );
    for (const g of [...d.bySubject, ...d.byYear]) expect(g.min <= g.max).toBe(true);
    for (const f of d.firstTenMonths2023.nodes) expect(f.period.start >= '2023-01-01' && f.period.end <= '2023-10-31').toBe(true);
    expect(d.firstTenMonths2023.totalCount).toBeGreaterThan(0);
  },
};

describe('example operations (operations/*.graphql)', () => {
  it('are all valid against the schema and all have expectations here', () => {
    const schema = buildSchema(loadTypeDefs().join('\n'));
    for (const op of operations)
      expect(
        validate(schema, parse(op.query)).map((e) => e.message),
        op.file,
      ).toEqual([]);
    expect(operations.map((o) => o.file).sort()).toEqual(Object.keys(EXPECTATIONS).sort());
  });

  for (const op of operations) {
    it(`${op.file} answers its question`, async () => {
      const res = await graphql<Data>(api.url, op.query);
      expect(res.errors, op.file).toBeUndefined();
      EXPECTATIONS[op.file]!(res.data!);
    });
  }

  it('open as GraphiQL tabs', async () => {
    const start = await (await fetch(`${api.url}/assets/graphiql-start.js`)).text();
    for (const op of operations) expect(start).toContain(JSON.stringify(op.query.split('\n')[1]).slice(1, -1));
  });
});
