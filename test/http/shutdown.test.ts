import { once } from 'node:events';
import { Agent, request as httpRequest } from 'node:http';
import { describe, expect, inject, it } from 'vitest';
import { loadOperations } from '../../src/http/operations.js';
import { spawnTs, waitForLine } from '../support/processes.js';

// SIGTERM to the real server (`npm start`'s entry point) while requests are in flight.
describe('SIGTERM during traffic', () => {
  it('lets every in-flight request complete, then exits 0, whatever signal follows', async () => {
    const neo4j = inject('neo4j');
    const server = spawnTs('src/main.ts', [], {
      PORT: '0',
      NEO4J_URI: neo4j.uri,
      NEO4J_USERNAME: neo4j.username,
      NEO4J_PASSWORD: neo4j.password,
      SEED_ON_START: 'false',
      LOG_LEVEL: 'info',
    });
    const url = await waitForLine(server, /"url":"(http:\/\/[^"]+)"/, 60_000);
    // The heaviest example operation: many round trips per request, so requests overlap the signal.
    const query = loadOperations().find((o) => o.file.startsWith('05-'))!.query;
    // node:http rather than fetch: it tells when a request has been written out. One connection each.
    const agent = new Agent({ keepAlive: true, maxSockets: 30 });
    const payload = JSON.stringify({ query });
    const request = () => {
      const req = httpRequest(`${url}/graphql`, {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
      });
      const sent = once(req, 'finish');
      const answer = new Promise<{ status: number; body: { data?: unknown; errors?: unknown }; at: number }>((resolve, reject) => {
        req.once('error', reject);
        req.once('response', (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          res.once('error', reject);
          res.once('end', () =>
            resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as { data?: unknown; errors?: unknown }, at: Date.now() }),
          );
        });
      });
      req.end(payload);
      return { sent, answer };
    };
    const sentAt = Date.now();
    const requests = Array.from({ length: 30 }, request);
    const inFlight = requests.map((r) => r.answer);
    // Signal once every request has been written out and the first answer is back: the others are
    // then in flight on the server, which works through their round trips. (A fixed delay was either
    // too short under load or, as the server got faster, too long; a client's queued request is not
    // in flight.)
    await Promise.all(requests.map((r) => r.sent));
    await Promise.race(inFlight);
    const signalledAt = Date.now();
    const draining = waitForLine(server, /shutting down/, 10_000);
    server.kill('SIGTERM');
    // A second signal while draining (Ctrl-C under npm reaches the process more than once) changes nothing.
    await draining;
    server.kill('SIGTERM');
    const [answers, [code]] = await Promise.all([Promise.all(inFlight), once(server, 'exit')]);

    expect(code).toBe(0);
    for (const a of answers) {
      expect(a.status).toBe(200);
      expect(a.body.errors).toBeUndefined();
      expect(a.body.data).toBeTruthy();
    }
    // Some answers came after the signal: the server drained them rather than dropping them.
    const drained = answers.filter((a) => a.at > signalledAt).length;
    console.log(
      `SIGTERM: ${drained} of ${answers.length} requests answered after the signal, the last ${Math.max(...answers.map((a) => a.at)) - sentAt} ms after sending`,
    );
    expect(drained).toBeGreaterThan(0);
    agent.destroy();
  });
});
