import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/neo4j.js';
import { DEFAULT_LIMITS } from '../../src/config/limits.js';
import { createLogger } from '../../src/logging/logger.js';
import { startApiServer, type ApiServer } from '../../src/server.js';
import { sharedDatabase } from '../support/graph.js';

// The server's own log lines, read from the logger's destination stream.
const lines: Record<string, unknown>[] = [];
const destination = new Writable({
  write(chunk: Buffer, _enc, done) {
    for (const line of chunk.toString().split('\n')) if (line) lines.push(JSON.parse(line) as Record<string, unknown>);
    done();
  },
});

let db: Database;
let api: ApiServer;
beforeAll(async () => {
  db = sharedDatabase();
  const log = createLogger('info', { format: 'json', destination });
  // A cost limit of 100: a page of 20 places (42) passes, one of 100 (202) is refused.
  const limits = { ...DEFAULT_LIMITS, maxCost: 100 };
  api = await startApiServer({ db, log, host: '127.0.0.1', port: 0, limits, rateLimit: { points: 1_000_000, windowSeconds: 60 } });
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

/** Sends a request and returns the lines logged for it, found by its request id. */
async function logged(path: string, init: RequestInit = {}): Promise<Record<string, unknown>[]> {
  const id = `log-test-${Math.random().toString(36).slice(2)}`;
  const res = await fetch(`${api.url}${path}`, { ...init, headers: { ...init.headers, 'x-request-id': id } });
  await res.arrayBuffer();
  // pino-http writes the line when the response finishes, which may be just after the client has read it.
  for (let i = 0; i < 50 && !lines.some((l) => (l.req as { id?: string } | undefined)?.id === id); i++)
    await new Promise((r) => setTimeout(r, 10));
  return lines.filter((l) => (l.req as { id?: string } | undefined)?.id === id);
}

const post = (query: string): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query }),
});

describe('request log', () => {
  it('logs one line per operation with its name, code, cost and time', async () => {
    const [line, ...more] = await logged('/graphql', post('query LoggedPage { places(first: 20) { edges { node { id name } } } }'));
    expect(more).toEqual([]);
    expect(line).toMatchObject({
      operation: 'LoggedPage',
      code: 'ok',
      cost: 42,
      res: { statusCode: 200 },
      responseTime: expect.any(Number),
    });
    expect(line!.msg).toMatch(/^POST \/graphql 200 LoggedPage ok cost 42 \d+ ms$/);
  });

  it('logs a refused operation with the code it was refused with', async () => {
    const [line] = await logged('/graphql', post('query TooCostly { places(first: 100) { edges { node { id name } } } }'));
    expect(line).toMatchObject({ operation: 'TooCostly', code: 'QUERY_TOO_COMPLEX', cost: 202, res: { statusCode: 400 } });

    const [parse] = await logged('/graphql', post('{ places('));
    expect(parse).toMatchObject({ code: 'GRAPHQL_PARSE_FAILED', res: { statusCode: 400 } });
    expect(parse!.operation).toBeUndefined();

    const [method] = await logged('/graphql', { method: 'PUT' });
    expect(method).toMatchObject({ code: 'METHOD_NOT_ALLOWED', res: { statusCode: 405 } });
  });

  it('does not log static files, health probes or metric scrapes, but logs pages', async () => {
    for (const path of [
      '/assets/graphiql/graphiql.min.css',
      '/assets/cytoscape/cytoscape.min.js',
      '/explore/kinds.js',
      '/health/live',
      '/metrics',
    ]) {
      expect(await logged(path), path).toEqual([]);
    }
    expect(await logged('/explore')).toHaveLength(1);
  });
});
