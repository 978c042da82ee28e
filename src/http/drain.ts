import type { Server, ServerResponse } from 'node:http';
import { Server as NetServer, type Socket } from 'node:net';

export interface DrainOptions {
  /** A connection without a request in progress is closed once it has been idle this long. */
  idleGraceMs?: number;
  /** After this long every connection left is closed, busy or not. */
  deadlineMs?: number;
}

export interface HttpDrain {
  /** True from the moment drain() is called: readiness reports it so load balancers move away. */
  readonly draining: boolean;
  /** Stops accepting connections, lets every request already sent finish, resolves when all connections are closed. */
  drain(): Promise<void>;
}

interface Connection {
  responses: Set<ServerResponse>;
  idleSince: number;
  /** socket.bytesRead when it last became idle: more since means a request is arriving. */
  readAtIdle: number;
}

/**
 * Graceful stop for an HTTP server.
 *
 * Node's http.Server#close (and Apollo's drain plugin, which calls it) destroys at once every connection with no
 * request in progress, and that includes one whose request the client has already sent but the server has not yet
 * read: under load its client sees "other side closed" for a request it had every reason to expect an answer to.
 * Here a connection without a request is closed only after it has stayed idle for `idleGraceMs`, and every answer
 * given while draining says `Connection: close`, so keep-alive clients leave on their own after it.
 *
 * An idle connection is closed by half-closing it (FIN) and reading on until the client closes its side, never by
 * destroying it: a client may write its next request on a kept-alive connection at the moment the server gives up on
 * it, and a socket closed with those bytes unread makes the kernel answer RST, which the client reads as
 * ECONNRESET. A request that crosses the FIN is read, so no RST, but cannot be answered: its client sees the
 * connection closed without an answer, as whenever a server closes a kept-alive connection. Only the deadline destroys
 * connections.
 */
export function httpDrain(server: Server, { idleGraceMs = 1000, deadlineMs = 10_000 }: DrainOptions = {}): HttpDrain {
  const connections = new Map<Socket, Connection>();
  let accepted = 0;
  let draining = false;

  server.on('connection', (socket: Socket) => {
    accepted++;
    connections.set(socket, { responses: new Set(), idleSince: Date.now(), readAtIdle: 0 });
    socket.once('close', () => connections.delete(socket));
  });
  server.on('request', (req, res: ServerResponse) => {
    const connection = connections.get(req.socket);
    if (!connection) return;
    connection.responses.add(res);
    if (draining) res.setHeader('connection', 'close');
    res.once('close', () => {
      connection.responses.delete(res);
      connection.idleSince = Date.now();
      connection.readAtIdle = req.socket.bytesRead;
    });
  });

  const closeIdle = (now: number) => {
    for (const [socket, { responses, idleSince, readAtIdle }] of connections) {
      // Bytes read since the last answer are a request on its way, whose 'request' event is still to come.
      const idle = responses.size === 0 && socket.bytesRead === readAtIdle && now - idleSince >= idleGraceMs;
      // end() sends FIN but keeps reading: what the client sent meanwhile is read, not left for an RST, and Node's
      // server closes the socket when the client ends its side.
      if (idle && !socket.writableEnded) socket.end();
    }
  };

  return {
    get draining() {
      return draining;
    },
    async drain() {
      if (draining) return;
      draining = true;
      for (const { responses } of connections.values()) {
        for (const res of responses) if (!res.headersSent) res.setHeader('connection', 'close');
      }
      // Poll phases until one accepts no connection: those the kernel completed before now are accepted
      // rather than reset with the listener, their requests having been sent. libuv accepts one
      // connection a loop iteration, so a busy server may have many waiting; the deadline bounds a flood.
      const started = Date.now();
      for (let before = -1; accepted !== before && Date.now() - started < deadlineMs;) {
        before = accepted;
        await new Promise((resolve) => setTimeout(resolve, 0));
        await new Promise((resolve) => setImmediate(resolve));
      }
      // net.Server's close stops the listener and calls back once the last connection has gone;
      // http.Server's own would also destroy the idle connections straight away (see above).
      const closed = new Promise<void>((resolve) => NetServer.prototype.close.call(server, () => resolve()));
      const sweeper = setInterval(
        () => {
          const now = Date.now();
          if (now - started >= deadlineMs) server.closeAllConnections();
          else closeIdle(now);
        },
        Math.min(100, idleGraceMs),
      );
      try {
        await closed;
      } finally {
        clearInterval(sweeper);
      }
    },
  };
}
