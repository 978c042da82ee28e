import autocannon from 'autocannon';
import { cpuTicks, TICKS_PER_SECOND } from './proc.js';
import { latencySummary, type CellStats } from './stats.js';

/** One prepared POST: built before timing, replayed unchanged by every connection. */
export interface PreparedRequest {
  path: string;
  body: unknown;
}

export interface LoadOptions {
  connections: number;
  seconds: number;
  /** Processes whose CPU use is reported: the server under test and Neo4j's JVM (when ours to read). */
  pids: { server: number | undefined; neo4j: number | undefined };
}

export const bodyText = (body: unknown): string => (typeof body === 'string' ? body : JSON.stringify(body));

// A GraphQL error object in a response; inside a string value its quotes would be escaped.
const hasGraphQLErrors = (body: string | Buffer | undefined) => String(body ?? '').includes('"errors":');

/**
 * Sends the request from `connections` keep-alive connections for `seconds`, each sending its next
 * request when the previous one is answered (closed loop, no pipelining), and times each answer.
 * The generator runs in this process on one thread and only scans bodies for `"errors":`, so
 * it takes as little CPU from the servers as it can; its own share is reported with the results.
 */
export async function runLoad(baseUrl: string, request: PreparedRequest, opts: LoadOptions): Promise<CellStats> {
  const latencies: number[] = [];
  const before = { self: process.cpuUsage(), server: cpuTicks(opts.pids.server), neo4j: cpuTicks(opts.pids.neo4j), at: performance.now() };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: new URL(request.path, baseUrl).href,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: bodyText(request.body),
        connections: opts.connections,
        pipelining: 1,
        duration: opts.seconds,
        timeout: 30,
        verifyBody: (body) => !hasGraphQLErrors(body),
      },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
    instance.on('response', (_client, status, _bytes, ms) => {
      if (status >= 200 && status < 300) latencies.push(ms);
    });
  });
  const seconds = (performance.now() - before.at) / 1000;
  const self = process.cpuUsage(before.self);
  const share = (now: number | undefined, then: number | undefined) =>
    now === undefined || then === undefined ? undefined : (100 * (now - then)) / TICKS_PER_SECOND / seconds;
  return {
    ...latencySummary(latencies, seconds),
    errors: result.errors + result.non2xx + result.mismatches,
    non2xx: result.non2xx,
    graphqlErrors: result.mismatches,
    cpu: {
      loadGenerator: (100 * (self.user + self.system)) / 1e6 / seconds,
      server: share(cpuTicks(opts.pids.server), before.server),
      neo4j: share(cpuTicks(opts.pids.neo4j), before.neo4j),
    },
  };
}
