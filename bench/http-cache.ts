import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { mintToken } from '../src/curation/token.js';
import { loadOperations } from '../src/http/operations.js';
import { startServerProcess } from './server-process.js';

// `npx tsx bench/http-cache.ts`: what HTTP caching and bookmarks cost and save, on the real server
// (its own embedded Neo4j, seeded) over loopback. Per operation: the query POSTed (no version read),
// sent as a GET and answered in full (one version read first), the GET answered 304 from its ETag,
// and the POST sent with a write's bookmark. Closed loop, keep-alive, on the machine's shared cores.

const SECONDS = Number(process.env.SECONDS ?? 5);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 8);
const SECRET = 'http-cache-bench-secret-of-32-characters-or-more';

interface Cell {
  p50: number;
  p99: number;
  rps: number;
  statuses: string;
}

function load(url: string, opts: { method: 'GET' | 'POST'; headers: Record<string, string>; body?: string }): Promise<Cell> {
  return new Promise((resolve, reject) => {
    const statuses = new Map<number, number>();
    const instance = autocannon({ url, ...opts, connections: CONNECTIONS, pipelining: 1, duration: SECONDS }, (err, res) =>
      err
        ? reject(err)
        : resolve({
            p50: res.latency.p50,
            p99: res.latency.p99,
            rps: Math.round(res.requests.average),
            statuses: [...statuses].map(([s, n]) => `${s}×${n}`).join(' '),
          }),
    );
    instance.on('response', (_client, status) => statuses.set(status, (statuses.get(status) ?? 0) + 1));
  });
}

const dataDir = mkdtempSync(path.join(tmpdir(), 'livegraph-http-cache-'));
const env = { PORT: '0', NEO4J_URI: '', NEO4J_BOLT_PORT: '0', NEO4J_DATA_DIR: dataDir, LOG_LEVEL: 'info', CURATOR_JWT_SECRET: SECRET };
const server = await startServerProcess('src/main.ts', env, { line: /"url":"(http:\/\/[^"]+)"/ });
try {
  const endpoint = `${server.url}/graphql`;
  const token = await mintToken({ secret: SECRET, issuer: undefined, audience: undefined }, 'bench', 'curator', '1h');
  const write = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: 'mutation($input: AddDocumentInput!) { addDocument(input: $input) { changed } }',
      variables: {
        input: { id: 'doc:bench-news-2024', title: 'Bench', publisher: 'Bench News', language: 'en', publishedOn: '2024', text: 'Bench.' },
      },
    }),
  });
  const bookmark = ((await write.json()) as { extensions: { bookmark: string } }).extensions.bookmark;
  const operations = [
    { name: 'graphStats (small)', query: '{ graphStats { nodeCount } }' },
    ...loadOperations()
      .filter((o) => ['04-city-profile.graphql', '06-neighbourhood.graphql'].includes(o.file))
      .map((o) => ({ name: o.file, query: o.query })),
  ];
  const rows: string[] = [];
  for (const op of operations) {
    const get = `${endpoint}?${new URLSearchParams({ query: op.query })}`;
    // One Accept for all: the ETag covers it, since Apollo's answer (its content type) depends on it.
    const preflight = { 'apollo-require-preflight': 'true', accept: 'application/json' };
    const first = await fetch(get, { headers: preflight });
    const etag = first.headers.get('etag')!;
    const size = (await first.text()).length;
    const post = {
      method: 'POST' as const,
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: op.query }),
    };
    // Warm-up, untimed: the first seconds of a cell otherwise carry the JIT and Neo4j's plan cache.
    await load(endpoint, post);
    await load(get, { method: 'GET', headers: preflight });
    const cells: [string, Cell][] = [
      ['POST', await load(endpoint, post)],
      ['GET, full answer', await load(get, { method: 'GET', headers: preflight })],
      ['GET, 304', await load(get, { method: 'GET', headers: { ...preflight, 'if-none-match': etag } })],
      ['POST with bookmark', await load(endpoint, { ...post, headers: { ...post.headers, 'x-neo4j-bookmark': bookmark } })],
    ];
    for (const [what, c] of cells) rows.push(`| ${op.name} (${size} B) | ${what} | ${c.p50} | ${c.p99} | ${c.rps} | ${c.statuses} |`);
  }
  console.log(`${CONNECTIONS} connections, ${SECONDS} s each\n`);
  console.log('| operation (answer size) | request | p50 ms | p99 ms | req/s | statuses |\n|---|---|---|---|---|---|');
  console.log(rows.join('\n'));
} finally {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
