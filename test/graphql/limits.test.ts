import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/config/limits.js';
import type { GraphQLContext } from '../../src/graphql/context.js';
import { queryOptions } from '../../src/graphql/query-options.js';
import { loadOperations } from '../../src/http/operations.js';
import { graphql, startTestServer, useApiServer } from '../support/graph.js';

// The request limits, each exceeded on the real server: refused before any Cypher runs, with the limit named.
const api = useApiServer();
const { maxDepth, maxAliases, maxDirectives, maxTokens, maxCost, maxBodyBytes } = DEFAULT_LIMITS;

/** Runs `query` and expects no Cypher at all and one QUERY_TOO_COMPLEX error naming `limit`. */
async function expectRefused(query: string, limit: string, max: number, value: number) {
  let sent = 0;
  const stop = api.db.onQuery(() => sent++);
  const res = await graphql(api.url, query).finally(stop);
  expect(res.status).toBe(400);
  expect(res.data).toBeUndefined();
  expect(res.errors).toHaveLength(1);
  expect(res.errors![0]!.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', limit, max, value });
  expect(res.errors![0]!.message).toMatch(new RegExp(`^The request .*\\b${value}\\b.*, above the ${limit} limit of ${max}\\.$`));
  expect(sent).toBe(0);
  return res;
}

/** `{ place { parent { node { parent { node … name } } } } }`, `levels` fields deep. */
const nested = (levels: number) => {
  const pairs = (levels - 2) / 2;
  return `{ place(id: "place:guangzhou") { ${'parent { node { '.repeat(pairs)}name${' } }'.repeat(pairs)} } }`;
};

describe('query limits', () => {
  it('refuses a document nested deeper than the depth limit, and accepts one at it', async () => {
    expect((await graphql(api.url, nested(maxDepth))).errors).toBeUndefined();
    await expectRefused(nested(maxDepth + 2), 'depth', maxDepth, maxDepth + 2);
  });

  it('counts depth through fragments, and not through introspection fields', async () => {
    const inFragment = `query { ...F } fragment F on Query ${nested(maxDepth + 2)
      .slice(1, -1)
      .replace(/^ /, '{ ')}}`;
    await expectRefused(inFragment, 'depth', maxDepth, maxDepth + 2);
    const introspection = await graphql(
      api.url,
      '{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } } }',
    );
    expect(introspection.errors).toBeUndefined();
  });

  it('refuses more aliases than the limit', async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    expect((await graphql(api.url, aliases(maxAliases))).errors).toBeUndefined();
    await expectRefused(aliases(maxAliases + 1), 'aliases', maxAliases, maxAliases + 1);
  });

  it('refuses more directives than the limit', async () => {
    const directives = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `n${i}: __typename @include(if: true)`).join(' ')} }`;
    expect((await graphql(api.url, directives(maxDirectives))).errors).toBeUndefined();
    await expectRefused(directives(maxDirectives + 5), 'directives', maxDirectives, maxDirectives + 5);
  });

  it('refuses a document of more tokens than the limit, counting every token it holds', async () => {
    // `{ graphStats { ` + n × `nodeCount` + `} }`: n + 5 tokens; comments are not tokens.
    const fields = (n: number) => `{ graphStats { ${'nodeCount '.repeat(n)}} } # ${'x '.repeat(maxTokens)}`;
    // At the limit the document passes on to Apollo (whose own validation refuses 5,000 copies of one field).
    expect((await graphql(api.url, fields(maxTokens - 5))).errors?.[0]?.extensions?.code).not.toBe('QUERY_TOO_COMPLEX');
    await expectRefused(fields(maxTokens), 'tokens', maxTokens, maxTokens + 5);
  });

  it('refuses an operation costing more than the limit: list sizes multiply down the nesting', async () => {
    // 1 (the response) + places (1) + nodes($n) × (1 + facts(first: 10) × (1 + subjects(20, the default) × (1 + entity × (1 + relationships(first: 100) × (1 + node))))))
    const query =
      'query ($n: Int = 100) { places(first: $n) { nodes { facts(first: 10) { subjects { entity { relationships(first: 100) { node { id } } } } } } } }';
    const perPlace = 1 + 10 * (1 + 20 * (1 + 1 * (1 + 100 * (1 + 1))));
    const cost = (places: number) => 1 + 1 + places * perPlace;
    const refused = await expectRefused(query, 'cost', maxCost, cost(100));
    expect(refused.extensions?.cost).toEqual({ requested: cost(100), limit: maxCost });
    // The same shape is affordable with a page of one, given as a variable.
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables: { n: 1 } }),
    });
    const body = (await res.json()) as { errors?: unknown; extensions?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.extensions).toEqual({ cost: { requested: cost(1), limit: maxCost } });
  });

  it('reports the cost of every operation in extensions.cost, and every example operation fits the defaults', async () => {
    // The response, graphStats, and its labels: at most one per label of the vocabulary (14, @listSize).
    expect((await graphql(api.url, '{ graphStats { nodeCount labels { name } } }')).extensions?.cost).toEqual({
      requested: 1 + 1 + 14,
      limit: maxCost,
    });
    for (const { file, query } of loadOperations()) {
      const res = await graphql(api.url, query);
      expect(res.errors, file).toBeUndefined();
      expect(res.extensions?.cost?.requested, file).toBeGreaterThan(0);
      expect(res.extensions?.cost?.requested, file).toBeLessThanOrEqual(maxCost);
    }
  });

  it('refuses page sizes above 100 by argument', async () => {
    const res = await graphql(api.url, '{ places(first: 101) { nodes { id } } }');
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
  });
});

describe('request bodies', () => {
  it('answers 413 with a GraphQL-style JSON error naming the size limit', async () => {
    const body = JSON.stringify({ query: `{ graphStats { nodeCount } } # ${'x'.repeat(maxBodyBytes)}` });
    const res = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.json()).toEqual({
      errors: [
        {
          message: `The request body is ${Buffer.byteLength(body)} bytes, above the limit of ${maxBodyBytes}.`,
          extensions: { code: 'PAYLOAD_TOO_LARGE', limit: 'bodyBytes', max: maxBodyBytes, value: Buffer.byteLength(body) },
        },
      ],
    });
  });

  it('answers malformed JSON with a JSON error, not an HTML page', async () => {
    const res = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
  });
});

describe('configured limits', () => {
  it('apply as given: a server with a lower depth and cost limit refuses what the defaults accept', async () => {
    const server = await startTestServer(api.db, { limits: { ...DEFAULT_LIMITS, maxDepth: 3, maxCost: 5 } });
    try {
      const deep = await graphql(server.url, nested(4));
      expect(deep.errors?.[0]?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', limit: 'depth', max: 3, value: 4 });
      // The response, the connection and four places.
      const costly = await graphql(server.url, '{ places(first: 4) { nodes { name } } }');
      expect(costly.errors?.[0]?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', limit: 'cost', max: 5, value: 6 });
      expect(costly.extensions?.cost).toEqual({ requested: 6, limit: 5 });
    } finally {
      await server.close();
    }
  });

  it('give every Neo4j transaction of a request the configured timeout, which Neo4j enforces', async () => {
    const ctx = { requestId: 'r1', queryTimeoutMs: 1234, deadline: Date.now() + 60_000 } as GraphQLContext;
    expect(queryOptions(ctx, 'places')).toEqual({ metadata: { app: 'livegraph', requestId: 'r1', field: 'places' }, timeoutMs: 1234 });
    // A statement that would run for minutes; Neo4j's transaction monitor stops it after the timeout.
    const started = Date.now();
    const slow = api.db.read('UNWIND range(1, 2000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n', {}, { timeoutMs: 200 });
    await expect(slow).rejects.toMatchObject({ name: 'DatabaseError', kind: 'timeout' });
    expect(Date.now() - started).toBeLessThan(30_000);
  });
});
