import { request } from 'node:http';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/config/limits.js';
import { useApiServer } from '../support/graph.js';

// The body-size limit for bodies whose size is not declared up front: chunked ones, and compressed
// ones (the limit counts the body as decompressed). Reading stops at the limit, so their size is never known.
const api = useApiServer();
const { maxBodyBytes } = DEFAULT_LIMITS;
const overLimit = JSON.stringify({ query: `{ graphStats { nodeCount } } # ${'x'.repeat(maxBodyBytes)}` });

const refusal = {
  errors: [
    {
      message: `The request body is over the limit of ${maxBodyBytes} bytes.`,
      extensions: { code: 'PAYLOAD_TOO_LARGE', limit: 'bodyBytes', max: maxBodyBytes },
    },
  ],
};

/** POSTs `chunks` one by one: with no Content-Length set, node:http sends them with Transfer-Encoding: chunked. */
function postChunked(url: string, chunks: string[]): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.once('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as unknown }));
    });
    req.once('error', reject);
    for (const chunk of chunks.slice(0, -1)) req.write(chunk);
    req.end(chunks.at(-1));
  });
}

const postGzip = async (url: string, json: string) => {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
    body: gzipSync(json),
  });
  return { status: res.status, body: (await res.json()) as unknown };
};

describe('a body of undeclared size', () => {
  it('answers 413 over the limit when sent chunked, without a size it never read', async () => {
    const chunks = [overLimit.slice(0, 40_000), overLimit.slice(40_000, 80_000), overLimit.slice(80_000)];
    expect(await postChunked(api.url, chunks)).toEqual({ status: 413, body: refusal });
  });

  it('answers 413 when its gzip decompresses to more than the limit, however small the compressed body', async () => {
    expect(gzipSync(overLimit).length).toBeLessThan(maxBodyBytes / 10);
    expect(await postGzip(api.url, overLimit)).toEqual({ status: 413, body: refusal });
  });

  it('is read as usual when under the limit, chunked or compressed', async () => {
    const small = JSON.stringify({ query: '{ graphStats { nodeCount } }' });
    for (const res of [await postChunked(api.url, [small.slice(0, 10), small.slice(10)]), await postGzip(api.url, small)]) {
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ data: { graphStats: { nodeCount: expect.any(Number) } } });
    }
  });
});
