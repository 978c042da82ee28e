import { describe, expect, it } from 'vitest';
import { useApiServer } from '../support/graph.js';
import { headerList, rawRequest } from '../support/raw-http.js';

// A front-end on another origin, as a browser would call the API: preflight first, then the request.
const FRONT_END = 'http://localhost:5173';
const STRANGER = 'http://evil.example';
const api = useApiServer({ corsOrigins: [FRONT_END, 'https://app.example.org'] });
const closed = useApiServer();

const QUERY = JSON.stringify({ query: '{ graphStats { nodeCount } }' });

const preflight = (url: string, origin: string, headers = 'content-type, authorization') =>
  rawRequest(`${url}/graphql`, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': headers },
  });

const post = (url: string, origin: string, type = 'application/json') =>
  rawRequest(`${url}/graphql`, { method: 'POST', headers: { origin, 'content-type': type }, body: QUERY });

describe('CORS', () => {
  it('answers a preflight from an allowed origin with 204 and the Access-Control-* headers', async () => {
    const res = await preflight(api.url, FRONT_END, 'content-type, authorization, x-neo4j-bookmark');
    expect(res.status).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe(FRONT_END);
    expect(headerList(res.headers['access-control-allow-methods'])).toEqual(['get', 'post']);
    expect(headerList(res.headers['access-control-allow-headers'])).toEqual(
      expect.arrayContaining(['content-type', 'authorization', 'apollo-require-preflight', 'x-neo4j-bookmark']),
    );
    expect(res.headers['access-control-max-age']).toBe('600');
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();
    expect(headerList(res.headers.vary)).toContain('origin');
  });

  it('lets the request after the preflight through, with its origin allowed and the ETag readable', async () => {
    const res = await post(api.url, FRONT_END);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body.toString())).toMatchObject({ data: { graphStats: { nodeCount: expect.any(Number) } } });
    expect(res.headers['access-control-allow-origin']).toBe(FRONT_END);
    expect(headerList(res.headers['access-control-expose-headers'])).toContain('etag');
    expect((await post(api.url, 'https://app.example.org')).headers['access-control-allow-origin']).toBe('https://app.example.org');
  });

  it('gives an origin not on the list no Access-Control-Allow-Origin, so a browser keeps the answer from it', async () => {
    const pre = await preflight(api.url, STRANGER);
    expect(pre.headers['access-control-allow-origin']).toBeUndefined();
    expect(pre.status).toBe(405);
    // Near misses of an allowed origin are other origins.
    for (const origin of [STRANGER, 'http://localhost:5174', 'https://localhost:5173', 'http://localhost:5173.evil.example', 'null']) {
      const res = await post(api.url, origin);
      expect(res.headers['access-control-allow-origin'], origin).toBeUndefined();
      expect(headerList(res.headers.vary), origin).toContain('origin');
    }
  });

  it('keeps the CSRF protection for simple POSTs, and answers a GET query with no preflight header', async () => {
    const plain = await post(api.url, FRONT_END, 'text/plain');
    expect(plain.status).toBe(400);
    expect(plain.body.toString()).toMatch(/CSRF/);
    expect(plain.body.toString()).not.toMatch(/nodeCount/);
    const get = await rawRequest(`${api.url}/graphql?query=${encodeURIComponent('{ graphStats { nodeCount } }')}`, {
      headers: { origin: FRONT_END },
    });
    expect(get.status).toBe(200);
    expect(get.headers['access-control-allow-origin']).toBe(FRONT_END);
    expect(get.body.toString()).toMatch(/nodeCount/);
  });

  it('allows no origin by default (no CORS_ORIGINS): a preflight is the 405 it always was', async () => {
    const res = await preflight(closed.url, FRONT_END);
    expect(res.status).toBe(405);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    expect((await post(closed.url, FRONT_END)).headers['access-control-allow-origin']).toBeUndefined();
  });
});
