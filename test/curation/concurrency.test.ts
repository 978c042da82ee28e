import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/config/limits.js';
import type { Database } from '../../src/db/neo4j.js';
import { applySchema } from '../../src/seed/schema.js';
import type { ApiServer } from '../../src/server.js';
import {
  ADD_DOCUMENT,
  bearer,
  curatorAuth,
  send,
  UPSERT_ENTITY,
  UPSERT_FACT,
  UPSERT_RELATIONSHIP,
  type Data,
} from '../support/curation.js';
import { startTestServer } from '../support/graph.js';
import { startPrivateNeo4j } from '../support/private-neo4j.js';

// Ten curators at once on the same item. Two API servers over one database, as when it is scaled
// out: the writes must be serialised by Neo4j's locks, not by anything in one process's memory.
const CLIENTS = 10;
let db: Database;
let closeNeo4j: () => Promise<void>;
let servers: ApiServer[];
let token: string;

beforeAll(async () => {
  ({ db, close: closeNeo4j } = await startPrivateNeo4j('concurrency'));
  await applySchema(db);
  // Ten writes of one item wait for each other: on a busy machine the last may wait longer than the
  // default deadline, and the timing is not what these tests are about.
  const patient = { curator: curatorAuth, limits: { ...DEFAULT_LIMITS, queryTimeoutMs: 120_000, requestTimeoutMs: 120_000 } };
  servers = [await startTestServer(db, patient), await startTestServer(db, patient)];
  token = await bearer('carol');
}, 180_000);
afterAll(async () => {
  for (const s of servers ?? []) await s.close();
  await closeNeo4j?.();
});

/** The same mutation from ten clients at once, spread over both servers; `input(i)` may vary per client. */
const atOnce = (mutation: string, input: (i: number) => Data) =>
  Promise.all(Array.from({ length: CLIENTS }, (_, i) => send(servers[i % servers.length]!.url, mutation, { input: input(i) }, token)));

const changesOf = async (targetId: string) =>
  db.read('MATCH (c:Change {targetId: $targetId}) RETURN c.action AS action, c.before AS before, c.after AS after ORDER BY c.at', {
    targetId,
  });

const TEXT = 'Jinhua Test News: the Yiwu Live Street hosted 300 anchors in 2024, most of them selling on Kuaishou.';
const DOC = 'doc:jinhua-test-news-yiwu-2024';
const cite = (quote: string) => ({ document: DOC, quote, start: TEXT.indexOf(quote), end: TEXT.indexOf(quote) + quote.length });
const documentInput = {
  id: DOC,
  title: 'Yiwu Live Street',
  publisher: 'Jinhua Test News',
  language: 'en',
  publishedOn: '2024',
  text: TEXT,
};
const entity = (description: string) => ({
  id: 'base:yiwu-live-street',
  type: 'BASE',
  name: 'Yiwu Live Street',
  description,
  mentions: [cite('the Yiwu Live Street')],
});
const placeInput = { id: 'place:yiwu', type: 'PLACE', name: 'Yiwu', placeType: 'CITY', mentions: [cite('Yiwu')] };
const factInput = {
  id: 'fact:yiwu-live-street-anchors-2024',
  kind: 'STATISTIC',
  statement: 'The Yiwu Live Street hosted 300 anchors in 2024.',
  metric: 'anchors',
  value: 300,
  unit: 'people',
  subjects: [{ entity: 'base:yiwu-live-street', role: 'SUBJECT' }],
  evidence: [cite('the Yiwu Live Street hosted 300 anchors in 2024')],
};
const relationshipInput = {
  type: 'LOCATED_IN',
  from: 'base:yiwu-live-street',
  to: 'place:yiwu',
  evidence: [cite('the Yiwu Live Street')],
};

/** Exactly one answer changed the graph, every other says it already held this; none failed. */
function expectOneChange(answers: Awaited<ReturnType<typeof atOnce>>, field: string) {
  for (const a of answers) expect(a.errors, field).toBeUndefined();
  expect(answers.filter((a) => a.data![field].changed === true)).toHaveLength(1);
  expect(answers.filter((a) => a.data![field].changed === false && a.data![field].change === null)).toHaveLength(CLIENTS - 1);
}

describe(`${CLIENTS} concurrent curator writes of one item`, () => {
  it('add one new document once: one change, one audit record', async () => {
    expectOneChange(await atOnce(ADD_DOCUMENT, () => documentInput), 'addDocument');
    expect(await changesOf(DOC)).toEqual([expect.objectContaining({ action: 'add_document', before: null })]);
  });

  it('refuse all but one of ten different texts for one new document, keeping the one that won', async () => {
    const id = 'doc:jinhua-test-news-race';
    const answers = await atOnce(ADD_DOCUMENT, (i) => ({ ...documentInput, id, text: `${TEXT} Version ${i}.` }));
    const won = answers.filter((a) => a.data?.addDocument?.changed === true);
    expect(won).toHaveLength(1);
    const refused = answers.filter((a) => a.errors);
    expect(refused).toHaveLength(CLIENTS - 1);
    for (const r of refused) {
      expect(r.errors![0]!.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        problems: [{ path: 'input.text', problem: expect.stringMatching(/differs from the stored text .* documents are immutable/) }],
      });
    }
    const [stored] = await db.read('MATCH (d:Document {id: $id}) RETURN d.text AS text', { id });
    expect(stored!.text).toBe(won[0]!.data!.addDocument.document.text);
    expect(await changesOf(id)).toHaveLength(1);
  });

  it('create one entity, one fact and one relationship once each, each with one audit record created from nothing', async () => {
    expectOneChange(await atOnce(UPSERT_ENTITY, () => entity('A street of live-streaming studios in Yiwu.')), 'upsertEntity');
    expectOneChange(await atOnce(UPSERT_ENTITY, () => placeInput), 'upsertEntity');
    expectOneChange(await atOnce(UPSERT_FACT, () => factInput), 'upsertFact');
    expectOneChange(await atOnce(UPSERT_RELATIONSHIP, () => relationshipInput), 'upsertRelationship');
    for (const id of ['base:yiwu-live-street', 'place:yiwu', factInput.id, 'LOCATED_IN|base:yiwu-live-street|place:yiwu|']) {
      expect(await changesOf(id), id).toEqual([expect.objectContaining({ before: null })]);
    }
    const [counts] = await db.read(
      `MATCH (b:Entity {id: 'base:yiwu-live-street'})
       RETURN COUNT { MATCH (:Entity {id: 'base:yiwu-live-street'}) } AS bases, COUNT { MATCH (:Fact) } AS facts,
              COUNT { MATCH (:Entity)-[:LOCATED_IN]->(:Entity) } AS located, b.degree AS degree`,
    );
    expect(counts).toEqual({ bases: 1, facts: 1, located: 1, degree: 1 });
  });

  it('update an existing entity once: the one audit record holds the true state before it', async () => {
    const [before] = await changesOf('base:yiwu-live-street');
    expectOneChange(await atOnce(UPSERT_ENTITY, () => entity('The live-streaming street of Yiwu.')), 'upsertEntity');
    const changes = await changesOf('base:yiwu-live-street');
    expect(changes).toHaveLength(2);
    expect(changes[1]!.before).toBe(before!.after);
  });

  it('apply ten different updates of one entity one after another: each audit record starts where the previous one ended', async () => {
    const answers = await atOnce(UPSERT_ENTITY, (i) => entity(`The live-streaming street of Yiwu (revision ${i}).`));
    for (const a of answers) expect(a.data?.upsertEntity?.changed).toBe(true);
    const changes = await changesOf('base:yiwu-live-street');
    expect(changes).toHaveLength(2 + CLIENTS);
    for (let i = 1; i < changes.length; i++) expect(changes[i]!.before, `record ${i}`).toBe(changes[i - 1]!.after);
    const [stored] = await db.read("MATCH (n:Entity {id: 'base:yiwu-live-street'}) RETURN n.description AS d");
    expect(JSON.parse(changes.at(-1)!.after as string).description).toBe(stored!.d);
  });

  it('answer TIMEOUT, not an internal error, when a write waits for the lock past its deadline', async () => {
    const hasty = await startTestServer(db, { curator: curatorAuth, limits: { ...DEFAULT_LIMITS, requestTimeoutMs: 1_000 } });
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const lockTaken = new Promise<void>((resolve) => (locked = resolve));
    // Another writer holds the entity's lock for longer than the hasty server's deadline.
    const holder = db.writeTransaction(async (tx) => {
      await tx.run("MATCH (n:Entity {id: 'base:yiwu-live-street'}) SET n._LOCK_ = true REMOVE n._LOCK_");
      locked();
      await held;
    });
    try {
      await lockTaken;
      const res = await send(hasty.url, UPSERT_ENTITY, { input: entity('Written while another writer holds the lock.') }, token);
      expect(res.errors?.[0]?.extensions?.code).toBe('TIMEOUT');
    } finally {
      release();
      await holder;
      await hasty.close();
    }
    const [stored] = await db.read("MATCH (n:Entity {id: 'base:yiwu-live-street'}) RETURN n.description AS d");
    expect(stored!.d).not.toBe('Written while another writer holds the lock.');
  });
});
