import { describe, expect, it } from 'vitest';
import { loadOperations } from '../../src/http/operations.js';
import { useApiServer } from '../support/graph.js';
import { seededRandom, type SeededRandom } from '../support/random.js';

// Random and malformed requests against the real server on loopback. A seeded PRNG makes every
// run send the same requests, so a failure names a case that reproduces.
const SEED = 20261123;
const CASES = 400;
const api = useApiServer();

type Rand = SeededRandom;

const TOKENS = [
  '{',
  '}',
  '(',
  ')',
  '[',
  ']',
  ':',
  '$',
  '!',
  '=',
  '@',
  '...',
  '|',
  '&',
  ',',
  'query',
  'mutation',
  'subscription',
  'fragment',
  'on',
  'places',
  'place',
  'node',
  'nodes',
  'facts',
  'search',
  'paths',
  'neighborhood',
  'edges',
  'id',
  'name',
  'first',
  'after',
  '__schema',
  '__typename',
  '"x"',
  '"""block"""',
  '0',
  '-1',
  '1e999',
  'true',
  'null',
  '#comment\n',
  '\u0000',
  '\u202e',
  '😀',
  'include',
  'skip',
  'if',
];

const STRINGS = [
  '',
  ' ',
  'place:guangzhou',
  'place:',
  ':',
  'x'.repeat(5000),
  "') MATCH (n) DETACH DELETE n //",
  '{"$ne": null}',
  '../../etc/passwd',
  '\u0000',
  '\ud800',
  '广州',
  'place:guangzhou\n',
  '%00',
  '*',
  'AND OR NOT',
  '"',
  '\\',
  'eyJhIjoxfQ',
  'W251bGwsInBsYWNlOmd1YW5nemhvdSJd',
  'W1tdLDFd',
];

const VALUES: unknown[] = [
  null,
  0,
  -1,
  1.5,
  1e308,
  Number.MAX_SAFE_INTEGER,
  '',
  'abc',
  true,
  [],
  [null],
  {},
  { a: { b: { c: [] } } },
  'x'.repeat(2000),
];

/** A valid operation with one character deleted, inserted, replaced, or the text cut short. */
function mutate(r: Rand, text: string): string {
  const at = r.int(text.length + 1);
  switch (r.int(4)) {
    case 0:
      return text.slice(0, at) + text.slice(at + 1);
    case 1:
      return text.slice(0, at) + r.pick(TOKENS) + text.slice(at);
    case 2:
      return text.slice(0, at) + r.pick(['{', '}', '$', '"', '(']) + text.slice(at + 1);
    default:
      return text.slice(0, at);
  }
}

interface Case {
  label: string;
  init: RequestInit & { path?: string };
}

const json = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

/** One random request from one of the families below. */
function randomCase(r: Rand, examples: string[]): Case {
  const str = () => r.pick(STRINGS);
  switch (r.int(8)) {
    case 0: {
      const soup = Array.from({ length: 1 + r.int(40) }, () => r.pick(TOKENS)).join(r.pick([' ', '', '\n']));
      return { label: `token soup ${JSON.stringify(soup)}`, init: json({ query: soup }) };
    }
    case 1: {
      const query = mutate(r, r.pick(examples));
      return { label: `mutated operation ${JSON.stringify(query)}`, init: json({ query }) };
    }
    case 2: {
      const variables = { id: r.pick(VALUES), first: r.pick(VALUES), after: r.pick(VALUES), filter: r.pick(VALUES) };
      const query =
        'query ($id: ID!, $first: PositiveInt, $after: String) { place(id: $id) { name } places(first: $first, after: $after) { nodes { id } } }';
      return { label: `variables ${JSON.stringify(variables).slice(0, 200)}`, init: json({ query, variables }) };
    }
    case 3: {
      const field = r.pick(['node', 'place', 'person', 'fact', 'document', 'policy']);
      const query = `query ($id: ID!) { ${field}(id: $id) { id } }`;
      return { label: `${field} id`, init: json({ query, variables: { id: str() } }) };
    }
    case 4: {
      const field = r.pick(['places', 'facts', 'documents', 'people', 'reports']);
      const query = `query ($c: String) { ${field}(${r.pick(['after', 'before'])}: $c, ${r.pick(['first', 'last'])}: ${1 + r.int(120)}) { nodes { id } pageInfo { endCursor } } }`;
      return { label: `${field} cursor`, init: json({ query, variables: { c: str() } }) };
    }
    case 5: {
      const query = `{ search(text: ${JSON.stringify(str())}, first: ${1 + r.int(120)}${r.int(2) ? `, after: ${JSON.stringify(str())}` : ''}) { edges { snippet matchedBy } } paths(from: ${JSON.stringify(str())}, to: "place:guangzhou", maxHops: ${r.int(9) - 1}) { length } }`;
      return { label: 'search and paths arguments', init: json({ query }) };
    }
    case 6: {
      const bodies = [
        '',
        '{',
        '[]',
        '[{"query": "{ graphStats { nodeCount } }"}]',
        '1',
        '"query"',
        'null',
        '{"query": 5}',
        '{"query": "{ graphStats { nodeCount } }", "variables": "x"}',
        '{"query": "{ graphStats { nodeCount } }", "operationName": 7}',
        '{"query": null}',
        '{"query": "{ graphStats { nodeCount } }", "extensions": {"persistedQuery": {"version": 1, "sha256Hash": "x"}}}',
      ];
      const body = r.pick(bodies);
      return {
        label: `body ${body}`,
        init: { method: 'POST', headers: { 'content-type': r.pick(['application/json', 'application/graphql', 'text/plain']) }, body },
      };
    }
    default: {
      const query = mutate(r, r.pick(examples));
      const params = new URLSearchParams({ query, variables: r.pick(['{', '{}', '[]', 'null', JSON.stringify({ id: str() })]) });
      return {
        label: `GET ${params}`,
        init: { method: 'GET', headers: { 'apollo-require-preflight': 'true' }, path: `/graphql?${params}` },
      };
    }
  }
}

interface Answer {
  status: number;
  type: string | null;
  body: string;
}

async function send(c: Case): Promise<Answer> {
  const { path = '/graphql', ...init } = c.init;
  const res = await fetch(`${api.url}${path}`, init);
  return { status: res.status, type: res.headers.get('content-type'), body: await res.text() };
}

function expectWellFormed(c: Case, a: Answer): string[] {
  expect(a.status, c.label).toBeLessThan(500);
  expect(a.type, c.label).toMatch(/^application\/(graphql-response\+)?json/);
  const parsed = JSON.parse(a.body) as { data?: unknown; errors?: { message?: unknown; extensions?: { code?: unknown } }[] };
  expect(parsed.errors !== undefined || parsed.data !== undefined, c.label).toBe(true);
  for (const e of parsed.errors ?? []) {
    expect(typeof e.message, c.label).toBe('string');
    expect(typeof e.extensions?.code, c.label).toBe('string');
  }
  expect(a.body, c.label).not.toMatch(/stacktrace|Neo4jError|Neo\.ClientError|node_modules/);
  return (parsed.errors ?? []).map((e) => String(e.extensions?.code));
}

describe(`fuzz: ${CASES} random and malformed requests (seed ${SEED})`, () => {
  it('never answers 5xx, always answers JSON errors with a code, writes nothing, and stays up', async () => {
    const r = seededRandom(SEED);
    const examples = loadOperations().map((o) => o.query);
    const graphSize = 'MATCH (n) WITH count(n) AS nodes MATCH ()-[rel]->() RETURN nodes, count(rel) AS relationships';
    const [before] = await api.db.read(graphSize);
    const codes = new Map<string, number>();
    const internal: string[] = [];
    const cases = Array.from({ length: CASES }, () => randomCase(r, examples));
    // Ten at a time: enough overlap to exercise concurrent requests, bounded load on the shared Neo4j.
    for (let i = 0; i < cases.length; i += 10) {
      const batch = cases.slice(i, i + 10);
      const answers = await Promise.all(batch.map(send));
      batch.forEach((c, j) => {
        for (const code of expectWellFormed(c, answers[j]!)) {
          codes.set(code, (codes.get(code) ?? 0) + 1);
          if (code === 'INTERNAL_SERVER_ERROR') internal.push(`${c.label} -> ${answers[j]!.body}`);
        }
      });
    }
    console.log('fuzz error codes:', Object.fromEntries([...codes].sort((a, b) => b[1] - a[1])));
    // Bad input is the client's error: none of it may surface as an unexpected server error.
    expect(internal).toEqual([]);
    expect((await fetch(`${api.url}/health/live`)).status).toBe(200);
    expect(await api.db.read(graphSize)).toEqual([before]);
  });
});
