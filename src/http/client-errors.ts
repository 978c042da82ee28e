import type { Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/** A complete HTTP answer, written straight to the socket: Node refuses these before there is a request or a response object. */
function answer(status: number, reason: string, message: string, code: string): string {
  const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
  return `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`;
}

/** The answer to each client error Node reports, by its code, with the statuses Node itself would give; any other is malformed HTTP. */
const ANSWERS: Readonly<Record<string, string>> = {
  ERR_HTTP_REQUEST_TIMEOUT: answer(408, 'Request Timeout', 'The request was not received in time.', 'REQUEST_TIMEOUT'),
  HPE_HEADER_OVERFLOW: answer(431, 'Request Header Fields Too Large', 'The request headers are too large.', 'HEADERS_TOO_LARGE'),
  HPE_CHUNK_EXTENSIONS_OVERFLOW: answer(413, 'Payload Too Large', 'The request body has chunk extensions too large.', 'PAYLOAD_TOO_LARGE'),
};
const MALFORMED = answer(400, 'Bad Request', 'The request is not valid HTTP.', 'BAD_REQUEST');

/**
 * Answers the requests Node refuses before Express sees them (not received within the timeouts,
 * headers too large, not HTTP) with the JSON error body of every other refusal, where Node's own
 * answers have none; then closes the connection, as Node does.
 */
export function answerClientErrors(server: Server): void {
  const responses = new WeakMap<Socket, ServerResponse>();
  server.on('request', (req, res: ServerResponse) => responses.set(req.socket, res));
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Socket) => {
    const res = responses.get(socket);
    // Like Node: no answer once one has begun on this connection, or the client would read the two mixed.
    const answering = res !== undefined && res.headersSent && !res.writableFinished;
    if (socket.writable && !answering) socket.write(ANSWERS[err.code ?? ''] ?? MALFORMED);
    socket.destroy();
  });
}
