import { readFileSync } from 'node:fs';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mintToken } from '../../src/curation/token.js';
import { prepareQuery } from '../../src/cypher/run.js';
import type { Database } from '../../src/db/neo4j.js';
import type { ApiServer } from '../../src/server.js';
import { seedGraph } from '../../src/seed/seed.js';
import {
  ADD_DOCUMENT,
  bearer,
  cite,
  curatorAuth,
  DOC,
  documentInput,
  entityInput,
  factInput,
  RELATIONSHIP_KEY,
  relationshipInput,
  seedFactCorrection,
  send,
  TEXT,
  UPSERT_ENTITY,
  UPSERT_FACT,
  UPSERT_RELATIONSHIP,
  type Data,
} from '../support/curation.js';
import { startTestServer } from '../support/graph.js';
import { graphFingerprint } from '../support/graph-hash.js';
import { startPrivateNeo4j } from '../support/private-neo4j.js';

// Curator writes rewrite the graph, so they run on a Neo4j of their own, seeded like the shared one.
const curator = curatorAuth;
let db: Database;
let closeNeo4j: () => Promise<void>;
let api: ApiServer;
let readOnly: ApiServer;

beforeAll(async () => {
  ({ db, close: closeNeo4j } = await startPrivateNeo4j('curation'));
  await seedGraph(db, { reset: true });
  api = await startTestServer(db, { curator });
  readOnly = await startTestServer(db);
}, 180_000);
afterAll(async () => {
  await api?.close();
  await readOnly?.close();
  await closeNeo4j?.();
});

const as = bearer;
const count = async (cypher: string) => Number((await db.read(cypher))[0]!.n);
const changesOf = (targetId: string) => count(`MATCH (c:Change {targetId: '${targetId}'}) RETURN count(c) AS n`);

describe('curator write path: who may write', () => {
  const write = (url: string, authorization?: string) => send(url, ADD_DOCUMENT, { input: documentInput }, authorization);

  it('refuses anonymous callers (UNAUTHENTICATED) and writes nothing', async () => {
    const before = await graphFingerprint(db);
    const res = await write(api.url);
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' }, message: expect.stringMatching(/Bearer/) });
    expect(res.data).toBeNull();
    expect(await graphFingerprint(db)).toEqual(before);
  });

  it('refuses a valid token without the curator role (FORBIDDEN)', async () => {
    const res = await write(api.url, await as('reader-rita', 'reader'));
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringMatching(/curator role/) });
    expect(await count(`MATCH (d:Document {id: '${DOC}'}) RETURN count(d) AS n`)).toBe(0);
  });

  it('refuses expired and forged tokens (UNAUTHENTICATED), saying why', async () => {
    const past = Math.floor(Date.now() / 1000) - 60;
    const expired = await new SignJWT({ sub: 'alice', role: 'curator', exp: past })
      .setProtectedHeader({ alg: 'HS256' })
      .sign(new TextEncoder().encode(curator.secret));
    const forged = await mintToken({ ...curator, secret: 'an-attacker-guess-at-the-secret-32-chars' }, 'mallory', 'curator', '1h');
    const [a, b] = [await write(api.url, `Bearer ${expired}`), await write(api.url, `Bearer ${forged}`)];
    expect(a.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' }, message: 'Not authenticated: the token has expired.' });
    expect(b.errors?.[0]).toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
      message: 'Not authenticated: the token signature is not valid.',
    });
    expect(await count(`MATCH (d:Document {id: '${DOC}'}) RETURN count(d) AS n`)).toBe(0);
  });

  it('refuses every write when the server has no curator secret (FORBIDDEN)', async () => {
    const res = await write(readOnly.url, await as('alice'));
    expect(res.errors?.[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: expect.stringMatching(/no curator secret configured/),
    });
  });

  it('keeps reads public: no header, a bad header or a bad token read the same', async () => {
    const query = '{ place(id: "place:hangzhou") { id name } }';
    const expected = { place: { id: 'place:hangzhou', name: 'Hangzhou' } };
    for (const authorization of [undefined, 'Basic abc', 'Bearer not-a-token', await as('reader-rita', 'reader')]) {
      const res = await send(api.url, query, {}, authorization);
      expect([res.status, res.errors, res.data], String(authorization)).toEqual([200, undefined, expected]);
    }
  });
});

describe('curator write path: writing', () => {
  let alice: string;
  beforeAll(async () => {
    alice = await as('alice');
  });

  it('adds a document, an entity in it, a fact and a relationship, all readable through the public API', async () => {
    const doc = await send(api.url, ADD_DOCUMENT, { input: documentInput }, alice);
    expect(doc.errors).toBeUndefined();
    expect(doc.data!.addDocument).toMatchObject({
      changed: true,
      document: { id: DOC, file: null, text: TEXT },
      change: { actor: 'alice', action: 'ADD_DOCUMENT', targetId: DOC, before: null },
    });
    const hangzhouDegree = (await db.read("MATCH (n:Entity {id: 'place:hangzhou'}) RETURN n.degree AS d"))[0]!.d as number;

    const entity = await send(api.url, UPSERT_ENTITY, { input: entityInput }, alice);
    expect(entity.errors).toBeUndefined();
    expect(entity.data!.upsertEntity).toMatchObject({
      changed: true,
      entity: { id: 'base:qiantang-live-base', kind: 'BASE', baseType: 'LIVE_STREAMING_BASE', degree: 0 },
      change: { action: 'CREATE_ENTITY' },
    });

    const fact = await send(api.url, UPSERT_FACT, { input: factInput }, alice);
    expect(fact.errors).toBeUndefined();
    expect(fact.data!.upsertFact).toMatchObject({ changed: true, change: { action: 'CREATE_FACT', actor: 'alice' } });

    const rel = await send(api.url, UPSERT_RELATIONSHIP, { input: relationshipInput }, alice);
    expect(rel.errors).toBeUndefined();
    expect(rel.data!.upsertRelationship).toMatchObject({
      changed: true,
      relationship: {
        id: RELATIONSHIP_KEY,
        type: 'LOCATED_IN',
        source: 'base:qiantang-live-base',
        target: 'place:hangzhou',
        evidence: [{ quote: 'the Qiantang Live Base in Hangzhou' }],
      },
      change: { action: 'CREATE_RELATIONSHIP', targetId: RELATIONSHIP_KEY },
    });

    // Read back anonymously, as any client would.
    const read = await send(
      api.url,
      `{ base(id: "base:qiantang-live-base") { name degree documents { id } mentions { start end }
           facts { id value unit period { start end } statedBy { id } evidence { quote start end document { id } } }
           location: relationships(types: [LOCATED_IN]) { node { id degree } evidence { quote } } }
         search(text: "Qiantang") { nodes { ... on Base { id } } } }`,
      {},
    );
    expect(read.errors).toBeUndefined();
    const base = read.data!.base;
    expect(base).toMatchObject({ name: 'Qiantang Live Base', degree: 1, documents: [{ id: DOC }] });
    expect(base.mentions).toEqual(entityInput.mentions.map(({ start, end }) => ({ start, end })));
    expect(base.facts).toEqual([
      {
        id: factInput.id,
        value: 1200,
        unit: 'people',
        period: { start: '2024-01-01', end: '2024-12-31' },
        statedBy: null,
        evidence: factInput.evidence.map(({ quote, start, end }) => ({ quote, start, end, document: { id: DOC } })),
      },
    ]);
    expect(base.location).toEqual([
      { node: { id: 'place:hangzhou', degree: hangzhouDegree + 1 }, evidence: [{ quote: 'the Qiantang Live Base in Hangzhou' }] },
    ]);
    expect(read.data!.search.nodes.map((n: Data) => n.id)).toContain('base:qiantang-live-base');
  });

  it('takes a fact whose metric the catalogue does not list: the metric is listed, without a description', async () => {
    const read = await send(api.url, `{ metric(key: "${factInput.metric}") { key description units factCount subjects { id } } }`, {});
    expect(read.errors).toBeUndefined();
    expect(read.data!.metric).toEqual({
      key: factInput.metric,
      description: null,
      units: ['people'],
      factCount: 1,
      subjects: [{ id: 'base:qiantang-live-base' }],
    });
  });

  it('answers the same input again with changed: false, the same graph and no new audit record', async () => {
    const before = await graphFingerprint(db);
    for (const [mutation, input, field] of [
      [ADD_DOCUMENT, documentInput, 'addDocument'],
      [UPSERT_ENTITY, entityInput, 'upsertEntity'],
      [UPSERT_FACT, factInput, 'upsertFact'],
      [UPSERT_RELATIONSHIP, relationshipInput, 'upsertRelationship'],
    ] as const) {
      const res = await send(api.url, mutation, { input }, alice);
      expect(res.errors, field).toBeUndefined();
      expect(res.data![field], field).toMatchObject({ changed: false, change: null });
    }
    expect(await graphFingerprint(db)).toEqual(before);
    for (const id of [DOC, entityInput.id, factInput.id, RELATIONSHIP_KEY]) expect(await changesOf(id), id).toBe(1);
  });

  it('refuses a quote that is not verbatim at its offsets, naming it, and writes nothing', async () => {
    const before = await graphFingerprint(db);
    const moved = { ...factInput.evidence[0]!, start: factInput.evidence[0]!.start + 1, end: factInput.evidence[0]!.end + 1 };
    const res = await send(api.url, UPSERT_FACT, { input: { ...factInput, value: 1300, evidence: [moved] } }, alice);
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [
        {
          path: 'input.evidence[0]',
          problem: expect.stringMatching(/^evidence\[0\]: quote is not at \d+-\d+ of doc:hangzhou-test-daily-qiantang-2024 .*it stands at/),
        },
      ],
    });
    expect(await graphFingerprint(db)).toEqual(before);
  });

  it('refuses offsets outside the text and quotes that are not well-formed UTF-16, with every other problem of the input in the same answer', async () => {
    const before = await graphFingerprint(db);
    const last = 'on training.';
    const mentions = [
      cite('Qiantang Live Base'),
      // The text there is the quote, but only because slicing past the end stops at the end.
      { document: DOC, quote: last, start: TEXT.length - last.length, end: 2147483647 },
      // Half of a surrogate pair: Neo4j would store U+FFFD, no longer the text at its offsets.
      { document: DOC, quote: '\ud83d', start: 0, end: 1 },
      { document: 'doc:nowhere', quote: 'Qiantang', start: 0, end: 8 },
    ];
    const res = await send(api.url, UPSERT_ENTITY, { input: { ...entityInput, id: 'base:qiantang-annex', name: ' ', mentions } }, alice);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(res.errors?.[0]?.extensions?.problems).toEqual([
      { path: 'input.name', problem: expect.stringMatching(/^name: /) },
      {
        path: 'input.mentions[2].quote',
        problem: expect.stringMatching(/^mentions\.2\.quote: has U\+D83D at offset 0: .*unpaired surrogates/),
      },
      {
        path: 'input.mentions[1]',
        problem: `mentions[1]: end 2147483647 is past the end of ${DOC}, which is ${TEXT.length} characters long`,
      },
      { path: 'input.mentions[3]', problem: 'mentions[3]: unknown document doc:nowhere' },
    ]);
    expect(await graphFingerprint(db)).toEqual(before);
  });

  it('refuses unknown entities and relationship kinds the vocabulary does not allow, all problems at once', async () => {
    const before = await graphFingerprint(db);
    const unknown = await send(
      api.url,
      UPSERT_FACT,
      {
        input: {
          ...factInput,
          id: 'fact:qiantang-other',
          subjects: [{ entity: 'place:atlantis', role: 'LOCATION' }],
          statedBy: 'place:hangzhou',
        },
      },
      alice,
    );
    expect(unknown.errors?.[0]?.extensions?.problems).toEqual([
      { path: 'input.subjects[0].entity', problem: 'subjects[0]: unknown entity place:atlantis' },
      { path: 'input.statedBy', problem: 'statedBy: a Place cannot state a fact (allowed: Person, Organization, Report, Platform)' },
    ]);
    const wrongKind = await send(api.url, UPSERT_RELATIONSHIP, { input: { ...relationshipInput, type: 'PART_OF' } }, alice);
    expect(wrongKind.errors?.[0]?.extensions?.problems).toEqual([
      { path: 'input.from', problem: 'PART_OF cannot start at a Base (allowed: Organization)' },
      { path: 'input.to', problem: 'PART_OF cannot end at a Place (allowed: Organization)' },
    ]);
    const badFormat = await send(
      api.url,
      UPSERT_ENTITY,
      { input: { ...entityInput, id: 'org:qiantang-live-base', type: 'BASE', placeType: 'CITY', mentions: [] } },
      alice,
    );
    // A format problem does not hide the others.
    expect(badFormat.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [
        { path: 'input.mentions', problem: 'mentions: needs at least one mention as evidence' },
        { path: 'input.id', problem: 'id of a Base must start with base:' },
        { path: 'input.placeType', problem: 'placeType is not a property of Base' },
      ],
    });
    const otherText = await send(api.url, ADD_DOCUMENT, { input: { ...documentInput, text: `${TEXT} More.` } }, alice);
    expect(otherText.errors?.[0]?.extensions?.problems).toEqual([
      { path: 'input.text', problem: expect.stringMatching(/documents are immutable/) },
    ]);
    expect(await graphFingerprint(db)).toEqual(before);
  });

  it('corrects a seed fact, audited with before and after, and a re-seed keeps the correction', async () => {
    const id = 'fact:000-china-live-commerce-sales-2023-jan-oct';
    const [seeded] = await db.read(
      `MATCH (f:Fact {id: $id}) RETURN f.value AS value, f.origin AS origin,
      [(f)-[:EVIDENCED_BY]->(e:Evidence) | e {.documentId, .quote, .start, .end}] AS evidence`,
      { id },
    );
    expect(seeded).toMatchObject({ value: 2.2e12, origin: 'seed' });
    const evidence = (seeded!.evidence as Data[]).map((e) => ({ document: e.documentId, quote: e.quote, start: e.start, end: e.end }));
    const correction = seedFactCorrection(evidence);
    const res = await send(api.url, UPSERT_FACT, { input: correction }, await as('bob'));
    expect(res.errors).toBeUndefined();
    const change = res.data!.upsertFact.change;
    expect(change).toMatchObject({ actor: 'bob', action: 'UPDATE_FACT', targetId: id });
    expect(JSON.parse(change.before)).toMatchObject({ origin: 'seed', periodLabel: 'first 10 months of 2023' });
    expect(JSON.parse(change.after)).toMatchObject({
      origin: 'curator',
      periodLabel: 'January to October 2023',
      statement: correction.statement,
    });
    expect(new Date(change.at).getTime()).toBeGreaterThan(Date.now() - 60_000);

    await seedGraph(db);
    const [after] = await db.read('MATCH (f:Fact {id: $id}) RETURN f.statement AS statement, f.origin AS origin', { id });
    expect(after).toEqual({ statement: correction.statement, origin: 'curator' });
    // What the curator added stays too, and degrees are as the relationships say.
    expect(await count("MATCH (n:Entity {id: 'base:qiantang-live-base'}) WHERE n.degree = 1 RETURN count(n) AS n")).toBe(1);
    expect(await count(`MATCH (d:Document {id: '${DOC}'}) RETURN count(d) AS n`)).toBe(1);
  });

  it('lists the audit trail for analysts, newest first (cypher/queries/16-recent-changes.cypher)', async () => {
    const text = readFileSync('cypher/queries/16-recent-changes.cypher', 'utf8');
    const run = (given: Record<string, string>) => {
      const { query, params } = prepareQuery(text, given);
      return db.read(query.cypher, params);
    };
    const all = await run({});
    expect(all).toHaveLength(await count('MATCH (c:Change) RETURN count(c) AS n'));
    const times = all.map((r) => String(r.at));
    expect(times).toEqual([...times].sort().reverse());
    expect(all[0]).toMatchObject({ actor: 'bob', action: 'update_fact', targetId: 'fact:000-china-live-commerce-sales-2023-jan-oct' });
    const alices = await run({ actor: 'alice' });
    expect(alices.map((r) => r.targetId).sort()).toEqual([DOC, entityInput.id, factInput.id, RELATIONSHIP_KEY].sort());
    expect(await run({ target: DOC })).toEqual([expect.objectContaining({ action: 'add_document', before: null })]);
  });

  it('keeps the audit trail out of the public graph', async () => {
    const audit = await count('MATCH (c:Change) RETURN count(c) AS n');
    expect(audit).toBeGreaterThanOrEqual(5);
    const res = await send(api.url, '{ graphStats { nodeCount labels { name } } }', {});
    expect(res.data!.graphStats.nodeCount).toBe((await count('MATCH (n) WHERE NOT n:GraphVersion RETURN count(n) AS n')) - audit);
    expect(res.data!.graphStats.labels.map((l: Data) => l.name)).not.toContain('Change');
  });

  it('removes a quote a correction no longer cites, unless something else still cites it', async () => {
    const quoteIds = async () =>
      (await db.read('MATCH (e:Evidence) WHERE e.documentId = $doc RETURN e.id AS id ORDER BY id', { doc: DOC })).map((r) => r.id);
    const dora = await as('dora');
    const correct = async (mentions: unknown[]) =>
      expect((await send(api.url, UPSERT_ENTITY, { input: { ...entityInput, mentions } }, dora)).data?.upsertEntity.changed).toBe(true);
    const before = await quoteIds();
    const [kept, dropped] = entityInput.mentions;
    const shared = relationshipInput.evidence[0]!;
    await correct([kept, shared]);
    const droppedId = `ev:hangzhou-test-daily-qiantang-2024:${dropped!.start}-${dropped!.end}`;
    expect(before).toContain(droppedId);
    expect(await quoteIds()).toEqual(before.filter((id) => id !== droppedId));
    // The relationship still cites this one.
    await correct([kept]);
    expect(await quoteIds()).toEqual(before.filter((id) => id !== droppedId));
    expect(
      await count(
        'MATCH (e:Evidence) WHERE NOT EXISTS { (e)<-[:MENTIONED_IN|EVIDENCED_BY]-() } AND NOT EXISTS { MATCH ()-[r]->() WHERE e.id IN r.evidenceIds } RETURN count(e) AS n',
      ),
    ).toBe(0);
  });

  it('costs each mutation a write on top of what it returns', async () => {
    const res = await send(api.url, UPSERT_RELATIONSHIP, { input: relationshipInput }, alice);
    expect(res.extensions?.cost?.requested).toBeGreaterThan(1_000);
  });
});
