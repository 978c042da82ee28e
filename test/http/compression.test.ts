import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { useApiServer } from '../support/graph.js';
import { rawRequest } from '../support/raw-http.js';

const api = useApiServer();
const require = createRequire(import.meta.url);
const BUNDLE = path.join(path.dirname(require.resolve('graphiql/package.json')), 'graphiql.min.js');

const get = (url: string, encoding: string, headers: Record<string, string> = {}) =>
  rawRequest(url, { headers: { 'accept-encoding': encoding, ...headers } });

describe('response compression', () => {
  it('sends GraphiQL’s bundle compressed to a client that accepts gzip or brotli, whole to one that does not', async () => {
    const url = `${api.url}/assets/graphiql/graphiql.min.js`;
    const size = statSync(BUNDLE).size;
    expect(size).toBeGreaterThan(3_000_000);
    const identity = await get(url, 'identity');
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.body.length).toBe(size);
    const gzip = await get(url, 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).equals(identity.body)).toBe(true);
    const br = await get(url, 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).equals(identity.body)).toBe(true);
    console.log(`graphiql.min.js: ${size} bytes, gzip ${gzip.body.length}, brotli ${br.body.length}`);
    expect(gzip.body.length).toBeLessThan(size / 3);
    expect(br.body.length).toBeLessThan(size / 3);
    expect(gzip.headers.vary).toMatch(/accept-encoding/i);
  });

  it('compresses GraphQL answers too, and leaves small ones as they are', async () => {
    const query = (q: string) => `${api.url}/graphql?query=${encodeURIComponent(q)}`;
    const headers = { 'apollo-require-preflight': 'true' };
    const big = await get(query('{ places(first: 100) { nodes { id name description } } }'), 'gzip', headers);
    expect(big.status).toBe(200);
    expect(big.headers['content-encoding']).toBe('gzip');
    const text = gunzipSync(big.body).toString();
    expect(JSON.parse(text)).toMatchObject({ data: { places: { nodes: expect.any(Array) } } });
    expect(big.body.length).toBeLessThan(text.length / 2);
    const small = await get(query('{ graphStats { nodeCount } }'), 'gzip', headers);
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.body.toString())).toMatchObject({ data: { graphStats: { nodeCount: expect.any(Number) } } });
  });
});
