import { once } from 'node:events';
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/config/limits.js';
import type { Database } from '../../src/db/neo4j.js';
import type { ApiServer } from '../../src/server.js';
import { sharedDatabase, startTestServer } from '../support/graph.js';

// How long a client may take to send a request, and how many connections it may hold, on the real
// server over raw sockets: a slow or stalled client must not hold a connection for minutes.
const TIMEOUT_MS = 500;
const MAX_CONNECTIONS = 3;
let db: Database;
let server: ApiServer;
let port: number;

beforeAll(async () => {
  db = sharedDatabase();
  server = await startTestServer(db, {
    limits: {
      ...DEFAULT_LIMITS,
      httpHeadersTimeoutMs: TIMEOUT_MS,
      httpRequestTimeoutMs: TIMEOUT_MS,
      httpKeepAliveTimeoutMs: TIMEOUT_MS,
      httpMaxConnections: MAX_CONNECTIONS,
    },
  });
  port = Number(new URL(server.url).port);
});
afterAll(async () => {
  await server?.close();
  await db?.close();
});

async function open(): Promise<Socket> {
  const socket = connect(port, '127.0.0.1');
  socket.setEncoding('utf8');
  await once(socket, 'connect');
  return socket;
}

/** Everything the server sends until it closes the connection, and when it closed it; fails after `withinMs`. */
async function untilClosed(socket: Socket, withinMs: number): Promise<{ text: string; afterMs: number }> {
  const started = Date.now();
  let text = '';
  socket.on('data', (chunk: string) => (text += chunk));
  // A reset counts as closing.
  socket.on('error', () => {});
  const timer = setTimeout(() => socket.destroy(new Error(`still open after ${withinMs} ms`)), withinMs);
  await once(socket, 'close');
  clearTimeout(timer);
  expect(socket.errored?.message ?? '').not.toMatch(/still open/);
  return { text, afterMs: Date.now() - started };
}

/** The JSON body of a raw HTTP answer. */
const bodyOf = (answer: string) => JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)) as unknown;

const health = 'GET /health/live HTTP/1.1\r\nHost: test\r\n\r\n';

describe('request timeouts', () => {
  it('answer a body shorter than its Content-Length with a JSON 408 once the request timeout has passed', async () => {
    const socket = await open();
    socket.write('POST /graphql HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"query": ');
    const { text, afterMs } = await untilClosed(socket, 10 * TIMEOUT_MS);
    expect(afterMs).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
    expect(text).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
    expect(text).toMatch(/\r\ncontent-type: application\/json;/i);
    expect(text).toMatch(/\r\nconnection: close\r\n/i);
    expect(bodyOf(text)).toEqual({
      errors: [{ message: 'The request was not received in time.', extensions: { code: 'REQUEST_TIMEOUT' } }],
    });
  });

  it('answer headers that never end the same way', async () => {
    const socket = await open();
    socket.write('POST /graphql HTTP/1.1\r\nHost: test\r\n');
    const { text } = await untilClosed(socket, 10 * TIMEOUT_MS);
    expect(text).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('close a kept-alive connection left idle', async () => {
    const socket = await open();
    socket.write(health);
    const { text, afterMs } = await untilClosed(socket, 10 * TIMEOUT_MS);
    expect(text).toMatch(/^HTTP\/1\.1 200 OK/);
    expect(afterMs).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
  });

  it('leave other malformed HTTP a JSON 400', async () => {
    const socket = await open();
    socket.write('NOT HTTP AT ALL\r\n\r\n');
    const { text } = await untilClosed(socket, 10 * TIMEOUT_MS);
    expect(text).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(bodyOf(text)).toEqual({ errors: [{ message: 'The request is not valid HTTP.', extensions: { code: 'BAD_REQUEST' } }] });
  });
});

describe('the connection cap', () => {
  it('closes a connection beyond it at once, and accepts one again once another has gone', async () => {
    const held = await Promise.all(Array.from({ length: MAX_CONNECTIONS }, open));
    // Each answers, so the server has accepted it before the next connection tries.
    for (const socket of held) {
      const answered = once(socket, 'data');
      socket.write(health);
      await answered;
    }
    const extra = await open();
    const refused = await untilClosed(extra, 5_000);
    expect(refused.text).toBe('');
    held[0]!.destroy();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await fetch(`${server.url}/health/live`)).status).toBe(200);
    for (const socket of held) socket.destroy();
  });
});
