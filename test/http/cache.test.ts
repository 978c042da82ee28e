import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/neo4j.js';
import { seedGraph } from '../../src/seed/seed.js';
import type { ApiServer } from '../../src/server.js';
import { ADD_DOCUMENT, bearer, curatorAuth, send } from '../support/curation.js';
import { startTestServer } from '../support/graph.js';
import { startPrivateNeo4j } from '../support/private-neo4j.js';
import { headerList, rawRequest, type RawResponse } from '../support/raw-http.js';

// Curator writes and a re-seed change the graph, so this file has a Neo4j of its own.
let db: Database;
let closeNeo4j: () => Promise<void>;
let api: ApiServer;

beforeAll(async () => {
  ({ db, close: closeNeo4j } = await startPrivateNeo4j('http-cache'));
  await seedGraph(db, { reset: true });
  api = await startTestServer(db, { curator: curatorAuth, cacheMaxAgeSeconds: 30 });
}, 180_000);
afterAll(async () => {
  await api?.close();
  await closeNeo4j?.();
});

const DOC = 'doc:cache-test-news-2024';
const DOCUMENT_QUERY = 'query Doc($id: ID!) { document(id: $id) { id title } documents(first: 100) { totalCount } }';
const documentInput = {
  id: DOC,
  title: 'Cache test',
  publisher: 'Cache Test News',
  language: 'en',
  publishedOn: '2024',
  text: 'A short article.',
};

/** A GET of the query as urql and plain links send it: no preflight header, no content type. */
function getQuery(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<RawResponse> {
  const params = new URLSearchParams({ query, variables: JSON.stringify(variables) });
  return rawRequest(`${api.url}/graphql?${params}`, { headers });
}

/** Runs `work` and counts the Cypher statements the server sent meanwhile. */
async function statementsDuring<T>(work: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const statements: string[] = [];
  const stop = db.onQuery((cypher) => statements.push(cypher));
  try {
    return { result: await work(), statements };
  } finally {
    stop();
  }
}

const json = (res: RawResponse) => JSON.parse(res.body.toString()) as { data?: Record<string, unknown>; errors?: unknown[] };

describe('cacheable GET queries', () => {
  it('sends a GET query’s answer with public Cache-Control, a strong ETag and Vary', async () => {
    const res = await getQuery(DOCUMENT_QUERY, { id: DOC });
    expect(res.status).toBe(200);
    expect(json(res)).toMatchObject({ data: { document: null } });
    expect(res.headers['cache-control']).toBe('public, max-age=30');
    expect(res.headers.etag).toMatch(/^"[\w-]{43}"$/);
    expect(headerList(res.headers.vary)).toEqual(expect.arrayContaining(['accept', 'x-neo4j-bookmark', 'accept-encoding']));
  });

  it('answers a repeat GET with 304 after reading only the graph’s version: the operation does not run', async () => {
    const first = await getQuery(DOCUMENT_QUERY, { id: DOC });
    const etag = first.headers.etag!;
    const { result: again, statements } = await statementsDuring(() => getQuery(DOCUMENT_QUERY, { id: DOC }, { 'if-none-match': etag }));
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe(etag);
    expect(again.headers['cache-control']).toBe('public, max-age=30');
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatch(/MATCH \(v:GraphVersion/);
    // The full answer reads the version too, then runs the operation's statements.
    const { statements: full } = await statementsDuring(() => getQuery(DOCUMENT_QUERY, { id: DOC }));
    expect(full.length).toBeGreaterThan(1);
    // Weak comparison and lists, as If-None-Match has them.
    expect((await getQuery(DOCUMENT_QUERY, { id: DOC }, { 'if-none-match': `"x", W/${etag}` })).status).toBe(304);
  });

  it('gives another ETag to other variables, another operation name or another document', async () => {
    const etag = (await getQuery(DOCUMENT_QUERY, { id: DOC })).headers.etag;
    expect((await getQuery(DOCUMENT_QUERY, { id: 'doc:other' })).headers.etag).not.toBe(etag);
    expect((await getQuery(DOCUMENT_QUERY.replace('query Doc', 'query Doc2'), { id: DOC })).headers.etag).not.toBe(etag);
    const stale = await getQuery('{ graphStats { nodeCount } }', {}, { 'if-none-match': etag! });
    expect(stale.status).toBe(200);
  });

  it('answers 200 with a new ETag after a curator write, and 304 again after a write that changes nothing', async () => {
    const before = await getQuery(DOCUMENT_QUERY, { id: DOC });
    const token = await bearer('cache-curator');
    const write = await send(api.url, ADD_DOCUMENT, { input: documentInput }, token);
    expect(write.data?.addDocument.changed).toBe(true);
    const after = await getQuery(DOCUMENT_QUERY, { id: DOC }, { 'if-none-match': before.headers.etag! });
    expect(after.status).toBe(200);
    expect(json(after)).toMatchObject({ data: { document: { id: DOC, title: 'Cache test' } } });
    expect(after.headers.etag).not.toBe(before.headers.etag);
    // The same document again is a no-op: the graph, and so its version, stay as they are.
    expect((await send(api.url, ADD_DOCUMENT, { input: documentInput }, token)).data?.addDocument.changed).toBe(false);
    expect((await getQuery(DOCUMENT_QUERY, { id: DOC }, { 'if-none-match': after.headers.etag! })).status).toBe(304);
  });

  it('answers 200 with a new ETag after a seed load', async () => {
    const before = await getQuery('{ graphStats { nodeCount } }');
    await seedGraph(db);
    const after = await getQuery('{ graphStats { nodeCount } }', {}, { 'if-none-match': before.headers.etag! });
    expect(after.status).toBe(200);
    expect(after.headers.etag).not.toBe(before.headers.etag);
  });

  it('never caches a POST, even one whose If-None-Match names the GET’s ETag', async () => {
    const etag = (await getQuery(DOCUMENT_QUERY, { id: DOC })).headers.etag!;
    const res = await rawRequest(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'if-none-match': etag },
      body: JSON.stringify({ query: DOCUMENT_QUERY, variables: { id: DOC } }),
    });
    expect(res.status).toBe(200);
    expect(json(res)).toMatchObject({ data: { document: { id: DOC } } });
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers.etag).toBeUndefined();
  });

  it('never caches an answer with errors, nor a refused or malformed request', async () => {
    const bad = await getQuery('{ places(first: 0) { nodes { id } } }');
    expect(json(bad).errors).toBeDefined();
    expect(bad.headers['cache-control']).toBe('no-store');
    expect(bad.headers.etag).toBeUndefined();
    const invalid = await getQuery('{ graphStat { nodeCount } }');
    expect(invalid.status).toBe(400);
    expect(invalid.headers.etag).toBeUndefined();
    // A mutation over GET is refused by Apollo (405), even with an If-None-Match.
    const mutation = await getQuery('mutation { addDocument(input: {id: "x"}) { changed } }', {}, { 'if-none-match': '*' });
    expect(mutation.status).not.toBe(304);
    expect(mutation.headers['cache-control']).not.toMatch(/public/);
  });
});
