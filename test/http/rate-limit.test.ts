import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { bearer, curatorAuth } from '../support/curation.js';
import { useApiServer } from '../support/graph.js';

// The rate limit of the real server, memory store: points per client charged each operation's cost.
// A page of 20 places costs 42 (20 nodes of 2 fields, the connection, the response), so a budget of
// 100 pays for two of them and refuses the third.
const api = useApiServer({ rateLimit: { points: 100, windowSeconds: 3_600 }, curator: curatorAuth });

const PAGE = '{ places(first: 20) { edges { node { id name } } } }';
const TINY = '{ __typename }';

interface Answer {
  status: number;
  headers: Headers;
  body: {
    data?: unknown;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
    extensions?: { cost?: { requested: number } };
  };
}

async function post(query: string, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Answer['body'] };
}

/** POSTs from another loopback address (Linux routes all of 127/8 to lo): another client by IP. */
function postFrom(localAddress: string, query: string): Promise<{ status: number; remaining: string | undefined }> {
  const { hostname, port } = new URL(api.url);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: hostname, port, path: '/graphql', method: 'POST', localAddress, headers: { 'content-type': 'application/json' } },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode!, remaining: res.headers['ratelimit-remaining'] as string | undefined }));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify({ query }));
  });
}

const remaining = (a: Answer) => Number(a.headers.get('ratelimit-remaining'));

describe('rate limit by cost', () => {
  it('charges each operation its cost, says so in RateLimit-* headers, and refuses with 429 before any Cypher runs', async () => {
    const first = await post(PAGE);
    expect(first.status).toBe(200);
    expect(first.body.extensions?.cost?.requested).toBe(42);
    expect(first.headers.get('ratelimit-limit')).toBe('100');
    expect(remaining(first)).toBe(58);
    expect(first.headers.get('ratelimit-policy')).toBe('100;w=3600');
    const reset = Number(first.headers.get('ratelimit-reset'));
    expect(reset).toBeGreaterThan(0);
    expect(reset).toBeLessThanOrEqual(3_600);

    expect(remaining(await post(PAGE))).toBe(16);

    let statements = 0;
    const stop = api.db.onQuery(() => statements++);
    const refused = await post(PAGE).finally(stop);
    expect(refused.status).toBe(429);
    expect(statements).toBe(0);
    expect(refused.body.data).toBeUndefined();
    expect(refused.body.errors?.[0]?.extensions).toEqual({
      code: 'RATE_LIMITED',
      cost: 42,
      remaining: 16,
      limit: 100,
      resetSeconds: expect.any(Number),
    });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    // A refusal costs nothing: what was left still pays for a cheaper operation.
    expect(remaining(refused)).toBe(16);
    const tiny = await post(TINY);
    expect(tiny.status).toBe(200);
    expect(remaining(tiny)).toBe(16 - tiny.body.extensions!.cost!.requested);
  });

  it('charges a point to a request refused before its cost is known, and still sends the headers', async () => {
    const before = remaining(await post(TINY));
    const broken = await post('{ places(first: 20) {');
    expect(broken.status).toBe(400);
    expect(broken.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(remaining(broken)).toBe(before - 1);
  });

  it('keeps a budget per client: a token holder by subject, another address by address', async () => {
    const byToken = await post(PAGE, { authorization: await bearer('alice') });
    expect(byToken.status).toBe(200);
    expect(remaining(byToken)).toBe(58);
    const other = await postFrom('127.0.0.2', PAGE);
    expect(other).toEqual({ status: 200, remaining: '58' });
    // This address has spent its budget in the tests above.
    expect((await post(PAGE)).status).toBe(429);
  });

  it('ignores X-Forwarded-For from a proxy it was not told to trust: a client cannot name itself a fresh budget', async () => {
    expect((await post(PAGE, { 'x-forwarded-for': '203.0.113.7' })).status).toBe(429);
  });
});

describe('rate limit behind a trusted proxy (TRUST_PROXY)', () => {
  const proxied = useApiServer({ rateLimit: { points: 100, windowSeconds: 3_600 }, trustProxy: 'loopback' });
  const from = async (address: string) => {
    const res = await fetch(`${proxied.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
      body: JSON.stringify({ query: PAGE }),
    });
    return { status: res.status, remaining: res.headers.get('ratelimit-remaining') };
  };

  it('keeps a budget per client the proxy names, not one for the proxy', async () => {
    expect(await from('203.0.113.7')).toEqual({ status: 200, remaining: '58' });
    expect(await from('203.0.113.7')).toEqual({ status: 200, remaining: '16' });
    expect((await from('203.0.113.7')).status).toBe(429);
    expect(await from('203.0.113.8')).toEqual({ status: 200, remaining: '58' });
  });
});
