import { describe, expect, it } from 'vitest';
import { MAX_NESTING } from '../../src/http/request-limits.js';
import { graphql, useApiServer } from '../support/graph.js';

// Deeply nested documents and variables: refused before graphql-js's recursive parser, validation
// and input coercion, which would otherwise run out of stack and say so to the client.
const api = useApiServer();

interface Answer {
  status: number;
  body: { data?: unknown; errors?: { message: string; extensions: Record<string, unknown> }[] };
}

/** POSTs a body as given: JSON.stringify itself recurses, and would fail on the nesting sent here. */
async function postRaw(body: string): Promise<Answer> {
  const res = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return { status: res.status, body: (await res.json()) as Answer['body'] };
}

function expectNestingRefused(answer: Answer, value: number, what: 'document' | 'variables') {
  expect(answer.status).toBe(400);
  expect(answer.body.data).toBeUndefined();
  expect(answer.body.errors).toEqual([
    {
      message:
        what === 'document'
          ? `The request nests brackets ${value} deep, above the nesting limit of ${MAX_NESTING}.`
          : `The request's variables nest ${value} deep, above the nesting limit of ${MAX_NESTING}.`,
      extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'nesting', max: MAX_NESTING, value },
    },
  ]);
}

const lists = (depth: number) => `${'['.repeat(depth)}"place:guangzhou"${']'.repeat(depth)}`;
const arrays = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

describe('document nesting', () => {
  it('refuses a list literal nested 2,400 deep, by POST and by GET', async () => {
    // `{`, `nodes(`, then the lists.
    const query = `{ nodes(ids: ${lists(2400)}) { id } }`;
    expectNestingRefused(await postRaw(JSON.stringify({ query })), 2402, 'document');
    const res = await fetch(`${api.url}/graphql?query=${encodeURIComponent(query)}`, { headers: { 'apollo-require-preflight': 'true' } });
    expectNestingRefused({ status: res.status, body: (await res.json()) as Answer['body'] }, 2402, 'document');
  });

  it('refuses nested object values and selection sets alike', async () => {
    const objects = `{ facts(filter: ${'{ subject: '.repeat(500)}"x"${' }'.repeat(500)}) { nodes { id } } }`;
    expectNestingRefused(await postRaw(JSON.stringify({ query: objects })), 502, 'document');
    const selections = `${'{ __typename a '.repeat(1200)}${'}'.repeat(1200)}`;
    expectNestingRefused(await postRaw(JSON.stringify({ query: selections })), 1200, 'document');
  });

  it('passes a document at the limit on to GraphQL validation', async () => {
    const res = await graphql(api.url, `{ nodes(ids: ${lists(MAX_NESTING - 2)}) { id } }`);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('variables nesting', () => {
  const query = (declaration: string, selection: string) => JSON.stringify(`query (${declaration}) { ${selection} }`);

  it('refuses arrays nested 10,000 deep, whatever type the variable has, used or not', async () => {
    const deep = arrays(10_000);
    const cases = [
      [query('$ids: [ID!]!', 'nodes(ids: $ids) { id }'), 'ids'],
      // A Date input fed this once answered "Maximum call stack size exceeded".
      [query('$d: Date', 'facts(first: 1, filter: { periodOverlaps: { from: $d } }) { nodes { id } }'), 'd'],
      [JSON.stringify('{ graphStats { nodeCount } }'), 'unused'],
    ];
    for (const [text, name] of cases) {
      // The variables object holds the arrays: one level more.
      expectNestingRefused(await postRaw(`{"query": ${text}, "variables": {"${name}": ${deep}}}`), 10_001, 'variables');
    }
  });

  it('refuses them in a GET request too, where Apollo parses them from the URL', async () => {
    const params = new URLSearchParams({ query: '{ graphStats { nodeCount } }', variables: `{"x": ${arrays(1000)}}` });
    const res = await fetch(`${api.url}/graphql?${params}`, { headers: { 'apollo-require-preflight': 'true' } });
    expectNestingRefused({ status: res.status, body: (await res.json()) as Answer['body'] }, 1001, 'variables');
  });

  it('accepts ordinary input objects', async () => {
    const res = await graphql(api.url, 'query ($f: FactFilter) { facts(first: 1, filter: $f) { nodes { id } } }', {
      f: { periodOverlaps: { from: '2020-01-01', to: '2030-01-01' } },
    });
    expect(res.errors).toBeUndefined();
  });
});
