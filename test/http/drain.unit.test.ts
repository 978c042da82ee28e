import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { httpDrain, type DrainOptions } from '../../src/http/drain.js';

// The drain on its own, over raw sockets, so each race is set up exactly rather than hoped for under load.
const servers: Server[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.closeAllConnections();
});

async function serve(options: DrainOptions, handler: (release: Promise<void>) => Promise<void> = async () => {}) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const server = createServer((_req, res) => {
    void handler(released).then(() => res.end('done'));
  });
  servers.push(server);
  const accepted: Socket[] = [];
  server.on('connection', (socket) => accepted.push(socket));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const open = async () => {
    const count = accepted.length;
    const socket = connect(port, '127.0.0.1');
    socket.setEncoding('utf8');
    await once(socket, 'connect');
    while (accepted.length === count) await new Promise((r) => setImmediate(r));
    return socket;
  };
  return { server, drain: httpDrain(server, options), open, release, port };
}

/** What the server has sent so far, and all it sends until it closes the connection. */
function readAll(socket: Socket): { text: () => string; all: Promise<string> } {
  let text = '';
  socket.on('data', (chunk: string) => (text += chunk));
  return { text: () => text, all: once(socket, 'close').then(() => text) };
}

async function until(text: () => string, pattern: RegExp): Promise<void> {
  while (!pattern.test(text())) await new Promise((r) => setTimeout(r, 5));
}

const REQUEST = 'GET / HTTP/1.1\r\nHost: test\r\n\r\n';

describe('httpDrain', () => {
  it('answers a request sent on a kept-alive connection just after the drain began, with Connection: close', async () => {
    const { drain, open } = await serve({ idleGraceMs: 500 });
    const socket = await open();
    const answers = readAll(socket);
    socket.write(REQUEST);
    await until(answers.text, /done$/);
    // The first answer kept the connection alive and it has no request now: http.Server#close would destroy it,
    // racing the client, which may be sending its next request on it at this very moment.
    const drained = drain.drain();
    expect(drain.draining).toBe(true);
    socket.write(REQUEST);
    const [first, second] = (await answers.all).split(/(?=HTTP\/1\.1 )/);
    expect(first).toMatch(/connection: keep-alive/i);
    expect(second).toMatch(/^HTTP\/1\.1 200 OK/);
    expect(second).toMatch(/connection: close[\s\S]*done$/i);
    await drained;
  });

  it('answers every connection the kernel completed before the drain, though libuv accepts one a loop iteration', async () => {
    const { drain, port } = await serve({ idleGraceMs: 500 });
    // Connected by the kernel, their requests written, none accepted yet when the drain begins.
    const answers = Array.from({ length: 5 }, () => {
      const socket = connect(port, '127.0.0.1');
      socket.setEncoding('utf8');
      socket.write(REQUEST);
      const reset = new Promise<string>((resolve) => socket.once('error', (err) => resolve(err.message)));
      return Promise.race([readAll(socket).all, reset]);
    });
    await drain.drain();
    for (const answer of await Promise.all(answers)) expect(answer).toMatch(/^HTTP\/1\.1 200 OK[\s\S]*connection: close[\s\S]*done$/i);
  });

  it('never resets a request written on a kept-alive connection at the moment the idle sweep closes it', async () => {
    const { server, drain, open } = await serve({ idleGraceMs: 200 });
    const socket = await open();
    const answers = readAll(socket);
    const reset = new Promise<string>((resolve) => socket.once('error', (err) => resolve(err.message)));
    socket.write(REQUEST);
    await until(answers.text, /done$/);
    const answeredAt = Date.now();
    const drained = drain.drain();
    while (server.listening) await new Promise((r) => setImmediate(r));
    // The race, set up exactly: from a check phase, wait (blocking the loop) until the sweep is due, then write the
    // next request. It reaches the server's kernel buffer at once; the next timers phase sweeps before any poll
    // phase reads it, so the sweep finds the connection idle with the request unread. Closing a socket with unread
    // bytes makes the kernel send RST: the client read ECONNRESET, the error the shutdown test failed with.
    await new Promise<void>((resolve) =>
      setImmediate(() => {
        while (Date.now() < answeredAt + 200 + 150);
        socket.write(REQUEST);
        resolve();
      }),
    );
    // Half-closed instead, the connection ends cleanly: the client is told it was closed, and never reset.
    const outcome = await Promise.race([answers.all.then((text) => `closed after ${JSON.stringify(text)}`), reset]);
    expect(outcome).toMatch(/^closed after "HTTP\/1\.1 200 OK[\s\S]*done"$/);
    await drained;
  });

  it('lets a request in progress finish, telling its client to close', async () => {
    const { drain, open, release } = await serve({ idleGraceMs: 50 }, (released) => released);
    const socket = await open();
    const answer = readAll(socket).all;
    socket.write(REQUEST);
    await new Promise((r) => setTimeout(r, 50));
    let drainedAt = 0;
    const drained = drain.drain().then(() => (drainedAt = Date.now()));
    await new Promise((r) => setTimeout(r, 200));
    expect(drainedAt).toBe(0);
    const releasedAt = Date.now();
    release();
    expect(await answer).toMatch(/connection: close[\s\S]*done$/i);
    await drained;
    expect(drainedAt).toBeGreaterThanOrEqual(releasedAt);
  });

  it('closes a connection left idle once the grace has passed, and refuses new connections once it stops listening', async () => {
    const { server, drain, open, port } = await serve({ idleGraceMs: 300 });
    const idle = await open();
    const closed = once(idle, 'close');
    const started = Date.now();
    const drained = drain.drain();
    // It listens one poll phase longer, to accept what the kernel already connected.
    while (server.listening) await new Promise((r) => setImmediate(r));
    const refused = connect(port, '127.0.0.1');
    const [error] = (await once(refused, 'error')) as [NodeJS.ErrnoException];
    expect(error.code).toBe('ECONNREFUSED');
    await closed;
    await drained;
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
  });

  it('closes every connection at the deadline, busy or not', async () => {
    const { drain, open } = await serve({ idleGraceMs: 50, deadlineMs: 300 }, () => new Promise(() => {}));
    const busy = await open();
    const closed = once(busy, 'close');
    busy.write(REQUEST);
    await new Promise((r) => setTimeout(r, 50));
    await drain.drain();
    await closed;
  });

  it('resolves at once when no connection is open', async () => {
    const { drain } = await serve({ idleGraceMs: 10_000 });
    const started = Date.now();
    await drain.drain();
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
