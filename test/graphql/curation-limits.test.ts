import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CuratorAuth } from '../../src/config/env.js';
import { mintToken } from '../../src/curation/token.js';
import type { Database } from '../../src/db/neo4j.js';
import type { ApiServer } from '../../src/server.js';
import { sharedDatabase, startTestServer, type GraphQLResponse } from '../support/graph.js';

// A refused write writes nothing, so the shared graph serves: only the refusal is under test here.
const curator: CuratorAuth = { secret: 'curation-limits-test-secret-of-32-characters', issuer: undefined, audience: undefined };
let db: Database;
let api: ApiServer;
beforeAll(async () => {
  db = sharedDatabase();
  api = await startTestServer(db, { curator });
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

const UPSERT_ENTITY = 'mutation($input: UpsertEntityInput!) { upsertEntity(input: $input) { changed entity { id } } }';

it('refuses an entity whose description is over its limit (BAD_USER_INPUT), naming the field and the limit, and writes nothing', async () => {
  const document = 'doc:shenzhen-daily-livestreaming-sales-2024';
  const [doc] = await db.read('MATCH (d:Document {id: $document}) RETURN d.text AS text', { document });
  const quote = 'The event yielded 40.8 billion yuan in online retail sales.';
  const start = (doc!.text as string).indexOf(quote);
  expect(start).toBeGreaterThanOrEqual(0);
  // Valid in every other way, so that nothing but the limit refuses it.
  const input = {
    id: 'event:text-limits-probe',
    type: 'EVENT',
    name: 'Text limits probe',
    description: 'x'.repeat(2_001),
    mentions: [{ document, quote, start, end: start + quote.length }],
  };
  const res = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await mintToken(curator, 'alice', 'curator', '1h')}` },
    body: JSON.stringify({ query: UPSERT_ENTITY, variables: { input } }),
  });
  const body = (await res.json()) as Omit<GraphQLResponse, 'status'>;
  expect(body.errors?.[0]?.extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    problems: [{ path: 'input.description', problem: 'description: is 2,001 characters long, above the limit of 2,000' }],
  });
  expect(await db.read('MATCH (n:Entity {id: $id}) RETURN n.id AS id', { id: input.id })).toEqual([]);
});
