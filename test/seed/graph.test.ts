import { afterAll, describe, expect, it } from 'vitest';
import { ENTITY_KIND_NAMES } from '../../src/model/vocabulary.js';
import { readValidSeeds } from '../../src/seed/seed.js';
import { sharedDatabase } from '../support/graph.js';

// What the seeded graph holds, read back from Neo4j: the coverage researchers rely on.
const db = sharedDatabase();
afterAll(() => db.close());
const seed = readValidSeeds();

/** Floors per kind: the five articles name at least this many; fewer means curation was lost. */
const AT_LEAST = { Place: 20, Person: 18, Organization: 45, Platform: 5, Base: 5, Occupation: 12, Policy: 6, Event: 6, Report: 3 };

describe('the seeded graph', () => {
  it('holds every entity kind, as many as the seeds define and no fewer than the articles name', async () => {
    const rows = await db.read('MATCH (n:Entity) RETURN n.kind AS kind, count(*) AS n');
    const counts = Object.fromEntries(rows.map((r) => [r.kind, r.n]));
    for (const kind of ENTITY_KIND_NAMES) {
      expect(counts[kind], kind).toBe(seed.entities.filter((e) => e.type === kind).length);
      expect(counts[kind], kind).toBeGreaterThanOrEqual(AT_LEAST[kind]);
    }
    const facts = await db.read('MATCH (f:Fact) RETURN f.kind AS kind, count(*) AS n');
    const byKind = Object.fromEntries(facts.map((r) => [r.kind, r.n as number]));
    expect(byKind.statistic).toBeGreaterThanOrEqual(60);
    expect(byKind.target).toBeGreaterThanOrEqual(25);
    expect(byKind.ranking).toBeGreaterThanOrEqual(10);
    expect(byKind.statement).toBeGreaterThanOrEqual(40);
  });

  it('has every quote verbatim at its offsets in its document, as stored in Neo4j', async () => {
    const [row] = await db.read(`
      MATCH (e:Evidence)-[:QUOTES]->(d:Document)
      RETURN count(e) AS total,
             [x IN collect(CASE WHEN substring(d.text, e.start, e.end - e.start) <> e.quote THEN e.id END) WHERE x IS NOT NULL] AS misplaced`);
    expect(row!.total).toBeGreaterThan(300);
    expect(row!.misplaced).toEqual([]);
  });

  it('gives every entity a mention, every fact evidence and a subject, every relationship resolvable evidence', async () => {
    const [row] = await db.read(`
      CALL () { MATCH (n:Entity) WHERE NOT (n)-[:MENTIONED_IN]->(:Evidence) RETURN collect(n.id) AS unmentioned }
      CALL () { MATCH (f:Fact) WHERE NOT (f)-[:EVIDENCED_BY]->(:Evidence) OR NOT (f)-[:ABOUT]->(:Entity) RETURN collect(f.id) AS unsupported }
      CALL () {
        MATCH (:Entity)-[r]->(:Entity)
        WHERE size(r.evidenceIds) = 0 OR any(id IN r.evidenceIds WHERE NOT EXISTS { MATCH (:Evidence {id: id}) })
        RETURN collect(r.key) AS dangling
      }
      RETURN unmentioned, unsupported, dangling`);
    expect(row).toEqual({ unmentioned: [], unsupported: [], dangling: [] });
  });

  it('knows China sold over 2.2 trillion yuan live in Jan–Oct 2023, up 58.9%, with the quote', async () => {
    const [fact] = await db.read(`
      MATCH (f:Fact {metric: 'live_commerce_sales'})-[:ABOUT]->(:Place {id: 'place:china'})
      WHERE f.periodStart = date('2023-01-01') AND f.periodEnd = date('2023-10-31')
      MATCH (f)-[:EVIDENCED_BY]->(e:Evidence)-[:QUOTES]->(d:Document)
      RETURN f.value AS value, f.unit AS unit, f.currency AS currency, f.qualifier AS qualifier,
             f.changeValue AS change, f.changeBasis AS basis, e.quote AS quote, d.id AS document`);
    expect(fact).toMatchObject({
      value: 2.2e12,
      unit: 'yuan',
      currency: 'CNY',
      qualifier: 'more_than',
      change: 58.9,
      basis: 'year_on_year',
    });
    expect(fact!.quote).toContain('exceeded 2.2 trillion yuan');
    expect(fact!.document).toBe('doc:agglomeration-effect-2023');
  });

  it('knows who stated the 3.374 million active anchors, and his affiliation with its role', async () => {
    const [row] = await db.read(`
      MATCH (f:Fact {value: 3374000})-[:STATED_BY]->(p:Person)-[a:AFFILIATED_WITH]->(o:Organization)
      MATCH (f)-[:EVIDENCED_BY]->(e:Evidence)
      RETURN p.name AS person, a.role AS role, o.name AS organization, f.changeValue AS change, e.quote AS quote`);
    expect(row).toMatchObject({ person: 'Li Mingtao', role: 'director', change: 164.3 });
    expect(row!.organization).toMatch(/China International E-Commerce Center Research Institute/);
    expect(row!.quote).toContain('3.374 million');
  });

  it("knows Guangzhou's 2020 live-commerce action plan: issuer, date and period", async () => {
    const [row] = await db.read(`
      MATCH (issuer)-[:ISSUED]->(p:Policy)-[:APPLIES_TO]->(:Place {id: 'place:guangzhou'})
      WHERE p.issuedOn STARTS WITH '2020'
      RETURN p.name AS name, p.issuedOn AS issuedOn, p.periodStart AS start, p.periodEnd AS end, issuer.name AS issuer`);
    expect(row).toMatchObject({ issuedOn: '2020-03-24', start: '2020', end: '2022' });
    expect(row!.name).toMatch(/Guangzhou/);
    expect(row!.issuer).toMatch(/Guangzhou/);
  });

  it('knows the Shenzhen Livestreaming E-commerce Month yielded 40.8 billion yuan', async () => {
    const [row] = await db.read(`
      MATCH (f:Fact)-[:ABOUT]->(ev:Event)<-[:HOSTS]-(:Place {id: 'place:shenzhen'})
      WHERE f.value = 40.8e9
      RETURN ev.name AS event, f.unit AS unit, f.periodStart AS start, f.periodEnd AS end`);
    expect(row).toMatchObject({ unit: 'yuan', start: '2024-08-23', end: '2024-10-31' });
    expect(row!.event).toMatch(/Shenzhen Livestreaming E-commerce Month/);
  });

  it('keeps every spelling the articles use as aliases of one entity', async () => {
    const rows = await db.read(`
      MATCH (n:Entity) WHERE n.id IN ['person:sister-mi', 'org:mixing-group'] RETURN n.id AS id, n.name AS name, n.aliases AS aliases`);
    const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
    expect(byId['person:sister-mi']).toMatchObject({ name: 'Sister Mi', aliases: expect.arrayContaining(['Mi Jie']) });
    expect(byId['org:mixing-group']).toMatchObject({ name: 'Mixing Group', aliases: expect.arrayContaining(['Mi Xing Group']) });
  });

  it('is one graph across documents: the most-cited places are named in several articles', async () => {
    const rows = await db.read(`
      MATCH (p:Place)-[:MENTIONED_IN]->(:Evidence)-[:QUOTES]->(d:Document)
      WITH p, count(DISTINCT d) AS documents WHERE documents >= 3
      RETURN collect(p.id) AS ids`);
    expect(rows[0]!.ids).toEqual(expect.arrayContaining(['place:china', 'place:guangzhou', 'place:shenzhen']));
  });
});
