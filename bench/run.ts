import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../src/config/env.js';
import type { Database, Connection } from '../src/db/neo4j.js';
import { connectGraph, type GraphConnection } from '../src/graph-connection.js';
import { seedIfEmpty } from '../src/seed/seed.js';
import { applySchema } from '../src/seed/schema.js';
import { ArgsError, parseBenchArgs, USAGE, type BenchArgs, type Target } from './runner/args.js';
import { runLoad, bodyText, type PreparedRequest } from './runner/load.js';
import { describeMachine } from './runner/machine.js';
import { profileOperations } from './runner/profile.js';
import { checkGoals, operationSection, TARGET_LABEL, type Cell, type OpResult } from './runner/report.js';
import { ensureScaleGraph } from './scale/ensure.js';
import { neo4jMemoryFor, scaleDataDir } from './scale/sizing.js';
import { freePort, startServerProcess, type ServerProcess } from './server-process.js';
import { OPERATIONS, pickParameters, type BenchOperation, type BenchParameters } from './suite/operations.js';

// `npm run bench -- --entities 100000`: our API, a hand-written floor and @neo4j/graphql, each a
// separate process over one Neo4j holding a graph of that size, under the same HTTP load per
// operation; latency, throughput, the issue's goals, and the PROFILE of our Cypher, printed and
// written to bench/results/bench-<entities>.md.

let args: BenchArgs;
try {
  args = parseBenchArgs(
    process.argv.slice(2),
    OPERATIONS.map((o) => o.name),
  );
} catch (err) {
  if (!(err instanceof ArgsError)) throw err;
  console.error(`bench: ${err.message} (${USAGE})`);
  process.exit(2);
}

const log = (msg: string) => console.error(`bench: ${msg}`);

// Whatever was started, stopped in reverse order on the way out: success, failure or Ctrl-C.
// One stopping for both ways out (Ctrl-C while the run goes on to its own end), so neither exits before it is done.
const cleanup: (() => Promise<unknown>)[] = [];
let stopping: Promise<void> | undefined;
function stopAll(): Promise<void> {
  stopping ??= (async () => {
    for (let stop = cleanup.pop(); stop; stop = cleanup.pop())
      await stop().catch((err: unknown) => log(`while stopping: ${(err as Error).message}`));
  })();
  return stopping;
}
// Set on Ctrl-C: what fails after it fails because everything is stopping, and says nothing.
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  // On, not once: npm forwards the terminal's Ctrl-C, and a second default SIGINT would leave the servers running.
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    log(`${signal}: stopping the servers and Neo4j`);
    void stopAll().finally(() => process.exit(130));
  });
}

const graphName = args.entities === 'seed' ? 'seed' : String(args.entities);

/** The embedded Neo4j in a folder of the graph's own, sized for it, or the one NEO4J_URI names. */
async function connect(): Promise<{ graph: GraphConnection; connection: Connection; memory: string }> {
  const config = loadConfig();
  let target = config.neo4j;
  if (target.kind === 'embedded') {
    const sized = args.entities === 'seed' ? { heap: '1g', pagecache: '256m' } : neo4jMemoryFor(args.entities);
    target = {
      ...target,
      boltPort: 0,
      dataDir: args.entities === 'seed' ? path.resolve('.data/bench/seed') : scaleDataDir(args.entities),
      // Explicit NEO4J_HEAP / NEO4J_PAGECACHE win over the sizes chosen for the graph.
      heap: process.env.NEO4J_HEAP ? target.heap : sized.heap,
      pagecache: target.pagecache ?? sized.pagecache,
    };
  }
  const graph = await connectGraph({ ...config, neo4j: target }, log);
  cleanup.push(() => graph.close());
  if (target.kind === 'external') {
    const { uri, username, password, database } = target;
    return { graph, connection: { uri, username, password, database }, memory: `external server at ${uri}` };
  }
  const connection = { uri: graph.embedded!.uri, username: 'neo4j', password: '', database: undefined };
  return { graph, connection, memory: `embedded in ${target.dataDir}, JVM -Xmx${target.heap}, page cache ${target.pagecache}` };
}

/** Loads the graph unless the database holds it already; one line saying which. */
async function loadGraph(db: Database): Promise<string> {
  if (args.entities === 'seed') {
    await applySchema(db);
    const summary = await seedIfEmpty(db, { progress: log });
    return summary
      ? `seed graph: ${summary.nodes} nodes, ${summary.relationships} relationships, loaded in ${(summary.ms / 1000).toFixed(1)} s`
      : 'seed graph: reused';
  }
  const g = await ensureScaleGraph(db, { entities: args.entities, progress: log });
  const size = `${g.entities} entities, ${g.nodes} nodes, ${g.relationships} relationships; max degree ${g.maxDegree}, degree percentiles ${JSON.stringify(g.degreePercentiles)}`;
  return g.reused
    ? `${size}: reused`
    : `${size}: loaded in ${g.seconds.toFixed(1)} s (${g.nodesPerSecond.toFixed(0)} nodes/s, ${g.relationshipsPerSecond.toFixed(0)} relationships/s)`;
}

/** Starts one server process against the benchmark's Neo4j. Ours runs the way it is deployed. */
async function startTarget(target: Target, connection: Connection): Promise<ServerProcess> {
  const neo4jEnv = {
    NEO4J_URI: connection.uri,
    NEO4J_USERNAME: connection.username,
    NEO4J_PASSWORD: connection.password,
    NEO4J_DATABASE: connection.database ?? '',
  };
  if (target !== 'ours')
    return startServerProcess(`bench/servers/${target}.ts`, { ...neo4jEnv, PORT: '0' }, { line: /^LISTENING (http:\/\/\S+)$/ });
  // At LOG_LEVEL=warn it prints nothing when it listens: give it a port and wait until it is ready.
  const port = await freePort();
  // No rate limit: every request comes from one address, and the budget would end the run.
  const env = {
    ...neo4jEnv,
    HOST: '127.0.0.1',
    PORT: String(port),
    SEED_ON_START: 'false',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    RATE_LIMIT_POINTS: '0',
  };
  return startServerProcess('src/main.ts', env, { poll: `http://127.0.0.1:${port}/health/ready` });
}

/** Sends the request once; the parsed answer, or an error saying why it is not one to time. */
async function answerOnce(baseUrl: string, request: PreparedRequest): Promise<unknown> {
  const res = await fetch(new URL(request.path, baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: bodyText(request.body),
  });
  const text = await res.text();
  let json: { errors?: { message?: string }[] };
  try {
    json = JSON.parse(text) as typeof json;
  } catch {
    throw new Error(`HTTP ${res.status}, not JSON: ${text.slice(0, 200)}`);
  }
  if (res.status !== 200 || json.errors) throw new Error(`HTTP ${res.status}: ${json.errors?.[0]?.message ?? text.slice(0, 200)}`);
  return json;
}

const sameIds = (a: string[], b: string[]) => a.length === b.length && a.every((id, i) => id === b[i]);

/** Every selected target under load for one operation, after checking that each answers correctly. */
async function benchOperation(
  op: BenchOperation,
  servers: Partial<Record<Target, ServerProcess>>,
  neo4jPid: number | undefined,
  params: BenchParameters,
): Promise<OpResult> {
  const cells: OpResult['cells'] = {};
  const answers: Partial<Record<Target, string[]>> = {};
  for (const target of args.targets) {
    const server = servers[target]!;
    let cell: Cell;
    try {
      const request = await op.request(target, { baseUrl: server.url, params });
      answers[target] = op.ids(target, await answerOnce(server.url, request)).sort();
      const load = { connections: args.connections, pids: { server: server.pid, neo4j: neo4jPid } };
      if (args.warmup > 0) await runLoad(server.url, request, { ...load, seconds: args.warmup });
      cell = { stats: await runLoad(server.url, request, { ...load, seconds: args.duration }) };
      const s = cell.stats;
      log(
        `${op.name} × ${TARGET_LABEL[target]}: p50 ${s.p50.toFixed(2)} ms, p95 ${s.p95.toFixed(2)} ms, ${s.throughput.toFixed(0)} req/s, ${s.errors} errors`,
      );
    } catch (err) {
      if (interrupted) throw err;
      cell = { error: (err as Error).message };
      log(`${op.name} × ${TARGET_LABEL[target]}: not measured: ${cell.error}`);
    }
    cells[target] = cell;
  }
  const ours = answers.ours;
  const differs = args.targets.filter((t) => t !== 'ours' && ours && answers[t] && !sameIds(ours, answers[t]));
  for (const t of differs) {
    const only = (a: string[], b: string[]) => a.filter((id) => !b.includes(id));
    log(
      `${op.name}: ${TARGET_LABEL[t]} answers other ids than ours (${answers[t]!.length} vs ${ours!.length}): only ours [${only(ours!, answers[t]!).slice(0, 5).join(', ')}], only theirs [${only(answers[t]!, ours!).slice(0, 5).join(', ')}]`,
    );
  }
  return { name: op.name, description: op.description, cells, differs };
}

async function main(): Promise<void> {
  const started = new Date();
  const { graph, connection, memory } = await connect();
  const { db } = graph;
  const neo4jPid = graph.embedded?.pid;
  const load = await loadGraph(db);
  log(load);
  const params = await pickParameters(db);

  const servers: Partial<Record<Target, ServerProcess>> = {};
  for (const target of args.targets) {
    const server = await startTarget(target, connection);
    cleanup.push(() => server.stop());
    servers[target] = server;
    log(`${TARGET_LABEL[target]} serves at ${server.url} (pid ${server.pid})`);
  }

  const operations = OPERATIONS.filter((o) => !args.only || args.only.includes(o.name));
  const results: OpResult[] = [];
  for (const op of operations) results.push(await benchOperation(op, servers, neo4jPid, params));
  const profile = await profileOperations(db, operations, params, servers.floor?.url);

  const report = [
    `# Benchmark: ${args.entities === 'seed' ? 'the seed graph' : `${args.entities} entities`}`,
    '',
    `${started.toISOString()} · \`npm run bench -- ${process.argv.slice(2).join(' ')}\``,
    '',
    ...(await describeMachine(db, memory)),
    `- Load: ${args.connections} connections per target, closed loop (each sends its next request when answered), ${args.warmup} s warm-up discarded, then ${args.duration} s measured, per operation per target`,
    '- Load generator: autocannon in the runner process, on the same 2 cores as the servers and Neo4j; its CPU share is in each table (last CPU figure, % of one core)',
    `- Graph: ${load}`,
    `- Parameters (picked by Cypher from the graph): ${Object.entries(params)
      .map(([k, v]) => `${k} \`${String(v)}\``)
      .join(', ')}`,
    '',
    '## Goals',
    '',
    ...checkGoals(results).map((c) => `- ${c.text}`),
    '',
    '## Operations',
    '',
    'Latency in ms over the measured window (2xx answers); throughput in answers per second; CPU in % of one core during the window.',
    '',
    ...results.flatMap((r) => operationSection(r, args.targets)),
    ...profile,
  ].join('\n');
  console.log(report);
  mkdirSync('bench/results', { recursive: true });
  const file = path.join('bench/results', `bench-${graphName}.md`);
  writeFileSync(file, report);
  log(`written to ${file}`);
  // A comparison target that cannot answer is a finding of the report; ours or the floor failing makes the run invalid.
  const failed = results.some((r) =>
    (['ours', 'floor'] as const).some((t) => r.cells[t] && (r.cells[t].error !== undefined || r.cells[t].stats.errors > 0)),
  );
  if (failed) process.exitCode = 1;
}

try {
  await main();
} catch (err) {
  if (!interrupted) log(`failed: ${(err as Error).stack ?? String(err)}`);
  process.exitCode = 1;
} finally {
  await stopAll();
}
