import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { useApiServer } from '../support/graph.js';

// /graphql answers GET and POST; any other method is the wrong method, not a forgery.
const api = useApiServer();

/** node:http rather than fetch, which refuses to send TRACE. */
function send(method: string): Promise<{ status: number; allow: string | undefined; type: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${api.url}/graphql`, { method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.once('end', () => resolve({ status: res.statusCode ?? 0, allow: res.headers.allow, type: res.headers['content-type'], body }));
    });
    req.once('error', reject);
    req.end();
  });
}

describe('methods on /graphql', () => {
  for (const method of ['DELETE', 'TRACE', 'OPTIONS', 'PUT', 'PATCH']) {
    it(`answers ${method} with 405, an Allow header and a JSON error`, async () => {
      const res = await send(method);
      expect(res.status).toBe(405);
      expect(res.allow).toBe('GET, POST');
      expect(res.type).toMatch(/^application\/json/);
      expect(JSON.parse(res.body)).toEqual({
        errors: [{ message: `This endpoint answers GET and POST requests, not ${method}.`, extensions: { code: 'METHOD_NOT_ALLOWED' } }],
      });
    });
  }

  it('answers HEAD with 405 and the Allow header (and no body, as HEAD has none)', async () => {
    const res = await send('HEAD');
    expect(res.status).toBe(405);
    expect(res.allow).toBe('GET, POST');
    expect(res.body).toBe('');
  });
});
