import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import neo4j from 'neo4j-driver';
import { FLOOR_QUERIES } from './floor-queries.js';
import { runStandalone, type Neo4jTarget, type RunningServer } from './standalone.js';

// The floor of the bench: the suite's work as hand-written Cypher through neo4j-driver behind a bare
// node:http handler, so that it pays HTTP and JSON like the GraphQL servers and nothing else.
// POST /op/<operation> with the statement's parameters as a JSON object; answers {"data": …}.

const MAX_BODY_BYTES = 100_000;

async function readBody(req: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of req) {
    body += chunk;
    if (body.length > MAX_BODY_BYTES) throw new Error('body too large');
  }
  return body;
}

function send(res: ServerResponse, status: number, payload: unknown): void {
  const body = JSON.stringify(payload);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

/** Whole numbers as JS numbers: the parameters the suite sends are all small. */
function parameters(body: string): Record<string, unknown> {
  const parsed = JSON.parse(body || '{}') as unknown;
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('the body must be a JSON object');
  return Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, Number.isInteger(v) ? neo4j.int(v as number) : v]));
}

export async function startFloorServer(target: Neo4jTarget): Promise<RunningServer> {
  const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user ?? 'neo4j', target.password ?? ''), {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
  });
  const server = createServer((req, res) => {
    const name = /^\/op\/([a-z0-9-]+)$/.exec(req.url ?? '')?.[1];
    const query = name !== undefined ? FLOOR_QUERIES[name] : undefined;
    if (req.method !== 'POST' || !query) return send(res, 404, { error: `no operation at ${req.method} ${req.url}` });
    readBody(req)
      .then(async (body) => {
        let params: Record<string, unknown>;
        try {
          params = parameters(body);
        } catch (err) {
          return send(res, 400, { error: (err as Error).message });
        }
        const { records } = await driver.executeQuery(query.cypher, params, { routing: neo4j.routing.READ });
        const results = records.map((r) => r.get('result') as unknown);
        send(res, 200, { data: query.many ? results : (results[0] ?? null) });
      })
      .catch((err: unknown) => send(res, 500, { error: (err as Error).message }));
  });
  await new Promise<void>((resolve) => server.listen(target.port, target.host ?? '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${target.host ?? '127.0.0.1'}:${port}`,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await driver.close();
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runStandalone(startFloorServer);
