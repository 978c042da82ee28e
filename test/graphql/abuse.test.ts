import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/config/limits.js';
import { graphql, startTestServer, useApiServer } from '../support/graph.js';

// What a hostile client sent, on the real server: each is answered at once with a coded error or
// with a bounded answer, and never holds the server.
const api = useApiServer();
const NESTED_DOCUMENTS =
  '{ document(id: "doc:thepaper-live-broadcast-capitals-2020") { evidence { document { evidence { document { text } } } } } }';

/** `levels` fragments, each spreading the next twice. */
function fanOut(levels: number): string {
  let fragments = '';
  for (let i = 0; i < levels; i++) fragments += `fragment H${i} on Place { id ${i + 1 < levels ? `...H${i + 1} ...H${i + 1}` : ''} }\n`;
  return `{ place(id: "place:guangzhou") { ...H0 } }\n${fragments}`;
}

describe('a hostile request', () => {
  it('answers a fragment fan-out of 40 levels (2^40 paths when walked naively) like the one-field query it is', async () => {
    // The bound is a liveness guard, not a speed claim: a naive walk of 2^40 paths would never end.
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: fanOut(40) }),
      signal: AbortSignal.timeout(60_000),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      data: { place: { id: 'place:guangzhou' } },
      extensions: { cost: { requested: 2, limit: DEFAULT_LIMITS.maxCost } },
    });
  });

  it('refuses the nested-document query by its cost, alone or twice under aliases, never with a 500', async () => {
    const alone = await graphql(api.url, NESTED_DOCUMENTS);
    expect(alone.status).toBe(400);
    expect(alone.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost' });
    const twice = await graphql(api.url, `{ a: ${NESTED_DOCUMENTS.slice(2, -2)} b: ${NESTED_DOCUMENTS.slice(2, -2)} }`);
    expect(twice.status).toBe(400);
    expect(twice.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('gets at most the items a list field promises: a document of 164 quotes answers its first 100, or as many as asked', async () => {
    type Data = { document: { all: unknown[]; few: unknown[] } };
    const res = await graphql<Data>(
      api.url,
      '{ document(id: "doc:thepaper-live-broadcast-capitals-2020") { all: evidence { id } few: evidence(first: 3) { id } } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.document.all).toHaveLength(100);
    expect(res.data!.document.few).toHaveLength(3);
    const over = await graphql(api.url, '{ document(id: "doc:thepaper-live-broadcast-capitals-2020") { evidence(first: 501) { id } } }');
    expect(over.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    expect(over.errors?.[0]?.message).toBe('Argument first: must be between 1 and 500, got 501');
  });
});

describe('execution limits', () => {
  it('replace a response over the size cap by a coded error, before any of it is sent', async () => {
    const server = await startTestServer(api.db, { limits: { ...DEFAULT_LIMITS, maxResponseBytes: 20_000 } });
    try {
      const res = await graphql(server.url, '{ documents(first: 5) { nodes { text } } }');
      expect(res.status).toBe(400);
      expect(res.data).toBeUndefined();
      expect(res.errors).toHaveLength(1);
      expect(res.errors![0]!.extensions).toMatchObject({ code: 'RESPONSE_TOO_LARGE', limit: 'responseBytes', max: 20_000 });
      expect(res.errors![0]!.extensions!.value as number).toBeGreaterThan(20_000);
      expect(res.extensions?.cost?.requested).toBeGreaterThan(0);
      // Under the cap, the same server answers.
      expect((await graphql(server.url, '{ documents(first: 1) { nodes { title } } }')).errors).toBeUndefined();
    } finally {
      await server.close();
    }
  });

  it('stop a request at its deadline: what is left to ask of Neo4j answers TIMEOUT', async () => {
    const server = await startTestServer(api.db, { limits: { ...DEFAULT_LIMITS, requestTimeoutMs: 1 } });
    try {
      await new Promise((resolve) => setTimeout(resolve, 5));
      const res = await graphql(server.url, '{ place(id: "place:guangzhou") { name } }');
      expect(res.status).toBe(200);
      expect(res.errors?.[0]?.extensions?.code).toBe('TIMEOUT');
      expect(res.errors?.[0]?.message).toBe('The query took too long and was stopped.');
    } finally {
      await server.close();
    }
  });

  it('admit costly operations through the gate: beyond its slots and queue, 503 SERVER_BUSY with Retry-After; cheap ones pass', async () => {
    const server = await startTestServer(api.db, {
      limits: { ...DEFAULT_LIMITS, costlyOperationCost: 100, costlyConcurrency: 1, costlyQueue: 0 },
    });
    try {
      // Several statements a request (places, then their facts and quotes): each holds the slot while the others arrive.
      const costly = '{ places(first: 100) { nodes { id name facts(first: 20) { statement evidence { quote } } } } }';
      const send = () =>
        fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: costly }),
        });
      const answers = await Promise.all(Array.from({ length: 12 }, send));
      const statuses = answers.map((r) => r.status);
      expect(
        statuses.every((s) => s === 200 || s === 503),
        String(statuses),
      ).toBe(true);
      expect(statuses).toContain(200);
      expect(statuses).toContain(503);
      const busy = answers.find((r) => r.status === 503)!;
      expect(busy.headers.get('retry-after')).toBe('1');
      expect(((await busy.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('SERVER_BUSY');
      // A cheap operation never waits at the gate.
      expect((await graphql(server.url, '{ place(id: "place:guangzhou") { name } }')).errors).toBeUndefined();
    } finally {
      await server.close();
    }
  });
});
