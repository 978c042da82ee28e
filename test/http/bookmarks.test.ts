import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Bookmarks, type Database } from '../../src/db/neo4j.js';
import { openBookmarks, sealBookmarks } from '../../src/http/bookmarks.js';
import { applySchema } from '../../src/seed/schema.js';
import type { ApiServer } from '../../src/server.js';
import { ADD_DOCUMENT, bearer, curatorAuth, send, type Data } from '../support/curation.js';
import { startTestServer } from '../support/graph.js';
import { startPrivateNeo4j } from '../support/private-neo4j.js';
import { rawRequest } from '../support/raw-http.js';

// Causal consistency: a write's answer carries its bookmark; a request that sends it back reads after it.
// The embedded Neo4j is a single instance, where every read sees every commit: what this shows is that
// the bookmark travels (answer, header, every session of the request) and that Neo4j accepts it.
let db: Database;
let closeNeo4j: () => Promise<void>;
let api: ApiServer;
let token: string;

beforeAll(async () => {
  ({ db, close: closeNeo4j } = await startPrivateNeo4j('http-bookmarks'));
  await applySchema(db);
  api = await startTestServer(db, { curator: curatorAuth });
  token = await bearer('bookmark-curator');
}, 180_000);
afterAll(async () => {
  await api?.close();
  await closeNeo4j?.();
});

const DOCUMENT = 'query($id: ID!) { document(id: $id) { id title } }';
const documentInput = (id: string, title: string) => ({
  id,
  title,
  publisher: 'Bookmark News',
  language: 'en',
  publishedOn: '2024',
  text: `${title}.`,
});

/** POSTs with an X-Neo4j-Bookmark header (and a curator token when given). */
async function sendWithBookmark(query: string, variables: Data, bookmark: string, authorization?: string) {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'x-neo4j-bookmark': bookmark };
  if (authorization) headers.authorization = authorization;
  const res = await rawRequest(`${api.url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  return {
    status: res.status,
    ...(JSON.parse(res.body.toString()) as { data?: Data; errors?: { message: string; extensions: Data }[]; extensions?: Data }),
  };
}

describe('bookmarks in the database layer', () => {
  it('advances a chain’s bookmarks with each committed write, and reads with them', async () => {
    const chain = new Bookmarks();
    await db.read('RETURN 1', {}, { bookmarks: chain });
    expect(chain.advanced).toBe(false);
    await db.write('CREATE (:BookmarkProbe {n: 1})', {}, { bookmarks: chain });
    expect(chain.advanced).toBe(true);
    const first = [...chain.values];
    expect(first).toEqual([expect.stringMatching(/^FB:/)]);
    await db.writeTransaction((tx) => tx.run('CREATE (:BookmarkProbe {n: 2})'), { bookmarks: chain });
    expect(chain.values).not.toEqual(first);
    const [row] = await db.read('MATCH (p:BookmarkProbe) RETURN count(p) AS n', {}, { bookmarks: new Bookmarks(chain.values) });
    expect(row!.n).toBe(2);
    await db.write('MATCH (p:BookmarkProbe) DELETE p');
  });

  it('turns a bookmark Neo4j cannot read into a bookmark error, not an internal one', async () => {
    await expect(db.read('RETURN 1', {}, { bookmarks: new Bookmarks(['FB:garbage']) })).rejects.toMatchObject({ kind: 'bookmark' });
  });
});

describe('X-Neo4j-Bookmark', () => {
  it('answers a write with its bookmark, and a read that sends it back sees the write', async () => {
    const write = await send(api.url, ADD_DOCUMENT, { input: documentInput('doc:bookmark-news-1', 'First') }, token);
    expect(write.data?.addDocument.changed).toBe(true);
    const bookmark = write.extensions?.bookmark;
    expect(bookmark).toEqual(expect.any(String));
    expect(openBookmarks(bookmark as string, curatorAuth.secret)).toEqual([expect.stringMatching(/^FB:/)]);
    const read = await sendWithBookmark(DOCUMENT, { id: 'doc:bookmark-news-1' }, bookmark as string);
    expect(read.status).toBe(200);
    expect(read.data).toEqual({ document: { id: 'doc:bookmark-news-1', title: 'First' } });
    // A read answers no bookmark of its own: it wrote nothing.
    expect(read.extensions?.bookmark).toBeUndefined();
    // A GET too (its version read and its operation).
    const params = new URLSearchParams({ query: DOCUMENT, variables: JSON.stringify({ id: 'doc:bookmark-news-1' }) });
    const get = await rawRequest(`${api.url}/graphql?${params}`, {
      headers: { 'apollo-require-preflight': 'true', 'x-neo4j-bookmark': bookmark as string },
    });
    expect(get.status).toBe(200);
    expect(JSON.parse(get.body.toString())).toMatchObject({ data: { document: { title: 'First' } } });
  });

  it('chains writes: a write sent with a bookmark answers a newer one', async () => {
    const first = await send(api.url, ADD_DOCUMENT, { input: documentInput('doc:bookmark-news-2', 'Second') }, token);
    const second = await sendWithBookmark(
      ADD_DOCUMENT,
      { input: documentInput('doc:bookmark-news-3', 'Third') },
      first.extensions!.bookmark as string,
      token,
    );
    expect(second.data?.addDocument.changed).toBe(true);
    expect(second.extensions?.bookmark).toEqual(expect.any(String));
    expect(second.extensions?.bookmark).not.toBe(first.extensions?.bookmark);
  });

  it('refuses a header that is not a bookmark this API issued with 400 BAD_USER_INPUT, before anything runs', async () => {
    const issued = (await send(api.url, ADD_DOCUMENT, { input: documentInput('doc:bookmark-news-4', 'Fourth') }, token)).extensions!
      .bookmark as string;
    const [payload, mac] = issued.split('.');
    const forged = [
      'garbage',
      'FB:kcwQDeXNmXbxRGSL7JwXJ+k/8WCQ', // a raw Neo4j bookmark: it could name a transaction that never commits
      `${payload}.${mac!.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'))}`,
      sealBookmarks(['FB:kcwQDeXNmXbxRGSL7JwXJ+k/8WCQ'], 'another-secret-of-32-characters-or-more!'),
      `${issued}.${issued}`,
      'x'.repeat(5000),
    ];
    let statements = 0;
    const stop = db.onQuery(() => statements++);
    try {
      for (const bookmark of forged) {
        const res = await sendWithBookmark(DOCUMENT, { id: 'doc:bookmark-news-4' }, bookmark);
        expect(res.status, bookmark).toBe(400);
        expect(res.errors?.[0]?.extensions, bookmark).toMatchObject({ code: 'BAD_USER_INPUT', header: 'x-neo4j-bookmark' });
        expect(res.errors?.[0]?.message).toMatch(/X-Neo4j-Bookmark/i);
      }
    } finally {
      stop();
    }
    expect(statements).toBe(0);
  });

  it('answers BAD_USER_INPUT, not an internal error, when Neo4j cannot read a sealed bookmark', async () => {
    const res = await sendWithBookmark(DOCUMENT, { id: 'doc:bookmark-news-1' }, sealBookmarks(['FB:garbage'], curatorAuth.secret));
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res)).not.toMatch(/INTERNAL_SERVER_ERROR|packstream|Neo\.ClientError/);
  });
});
