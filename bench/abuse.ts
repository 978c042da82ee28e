import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { buildSchema } from 'graphql';
import { loadTypeDefs } from '../src/graphql/type-defs.js';
import { isRunning } from '../test/support/processes.js';
import { ArgsError, number } from './runner/args.js';
import { largestAccepted, sizeKnobs, type Probe } from './runner/costliest.js';
import { childPids, commandName, cpuTicks, rssMb, TICKS_PER_SECOND } from './runner/proc.js';
import { percentile } from './runner/stats.js';
import { spawnServer } from './server-process.js';

// `npm run bench:abuse [-- --seconds 15 --clients 5 --label after]`: can one anonymous client hurt
// the others? The real server (its own embedded Neo4j, seeded) answers a one-entity query to one
// "victim" client alone, then while `clients` attackers loop on each of three abusive operations.
// Reports the victim's latency, what the attackers got, /health/live, and the server's memory;
// writes bench/results/abuse-<label>.md. Everything is on 127.0.0.1 and bounded in time and count.

const USAGE = 'usage: npm run bench:abuse -- [--seconds 15] [--clients 5] [--label after]';
let seconds: number, clients: number, label: string;
try {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    strict: true,
    options: {
      seconds: { type: 'string', default: '15' },
      clients: { type: 'string', default: '5' },
      label: { type: 'string', default: 'after' },
    },
  });
  seconds = number('seconds', values.seconds, 1, 300, false);
  clients = number('clients', values.clients, 1, 50, true);
  label = values.label;
  if (!/^[\w.-]{1,40}$/.test(label)) throw new ArgsError(`--label must be 1 to 40 letters, digits, '.', '_' or '-', got "${label}"`);
} catch (err) {
  console.error(`${(err as Error).message.split('\n')[0]}\n${USAGE}`);
  process.exit(2);
}

const VICTIM = '{ place(id: "place:guangzhou") { id name description degree } }';
/** 25 fragments, each spreading the next twice: 2^25 paths through a document of a few hundred tokens. */
const FAN_OUT = (() => {
  const n = 25;
  let fragments = '';
  for (let i = 0; i < n; i++) fragments += `fragment H${i} on Place { id ${i + 1 < n ? `...H${i + 1} ...H${i + 1}` : ''} }\n`;
  return `{ place(id:"place:guangzhou"){ ...H0 } }\n` + fragments;
})();
const NESTED = '{ document(id:"doc:thepaper-live-broadcast-capitals-2020"){ evidence { document { evidence { document { text } } } } } }';
/**
 * Shapes for the costliest accepted operation, tried in order until one is accepted with every
 * size at 1 (a cost model may price a shape out). Sizes are left out: every field the schema lets
 * take one gets a variable (bench/runner/costliest.ts).
 */
const COSTLY_TEMPLATES = [
  '{ places { nodes { facts { subjects { entity { relationships { node { id name } } } } } } } }',
  '{ places { nodes { relationships { node { id name description } } } } }',
  '{ places { nodes { id name } } }',
];

const REQUEST_TIMEOUT_MS = 60_000;
const HEALTH_TIMEOUT_MS = 30_000;
/** An attacker reads at most this much of an answer, counting it, keeping none but its ends. */
const READ_CAP_BYTES = 64 * 2 ** 20;
/** Kept of each body's start and end: enough for `errors` and `extensions.cost`. */
const ENDS_BYTES = 4096;
const RSS_STOP_MB = 4096;
/** Past this the server is killed: the machine is shared. */
const RSS_KILL_MB = 8192;
const SETTLE_MAX_S = 240;
/** Server plus Neo4j CPU in a second below which the server counts as idle again: 20% of a core. */
const QUIET_TICKS = 0.2 * TICKS_PER_SECOND;
const QUIET_SECONDS = 3;
const SEARCH_BUDGET_S = 120;
const MAX_SIZE = 1024;
const MAX_REQUESTS_PER_CLIENT = 100_000;
const GOAL_P50_MS = 30;
const GOAL_RSS_MB = 1024;

type Outcome = number | 'timeout' | 'network error' | 'cut at end';
interface Answer {
  outcome: Outcome;
  ms: number;
  bytes: number;
  capped: boolean;
  /** The body's first and last ENDS_BYTES, as text. */
  ends: string;
}

/**
 * One request, its body counted as it streams and dropped, cut at READ_CAP_BYTES; `stop` ends it
 * as 'cut at end', the timeout as 'timeout'. GET when there is no body.
 */
async function send(url: string, body: string | undefined, stop: AbortSignal, timeoutMs: number): Promise<Answer> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const started = performance.now();
  let bytes = 0;
  let capped = false;
  let head = Buffer.alloc(0);
  let tail = Buffer.alloc(0);
  const ends = () => (bytes <= ENDS_BYTES ? head : Buffer.concat([head, tail])).toString('utf8');
  try {
    const res = await fetch(url, {
      method: body === undefined ? 'GET' : 'POST',
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body,
      signal: AbortSignal.any([stop, timeout]),
    });
    for await (const chunk of res.body ?? []) {
      const bytesOf = chunk as Uint8Array;
      bytes += bytesOf.byteLength;
      if (head.length < ENDS_BYTES) head = Buffer.concat([head, bytesOf.subarray(0, ENDS_BYTES - head.length)]);
      tail = Buffer.concat([tail, bytesOf.subarray(-ENDS_BYTES)]).subarray(-ENDS_BYTES);
      if (bytes >= READ_CAP_BYTES) {
        // Leaving the loop cancels the stream, which closes the connection.
        capped = true;
        break;
      }
    }
    return { outcome: res.status, ms: performance.now() - started, bytes, capped, ends: ends() };
  } catch {
    const outcome = stop.aborted ? 'cut at end' : timeout.aborted ? 'timeout' : 'network error';
    return { outcome, ms: performance.now() - started, bytes, capped, ends: ends() };
  }
}

const codesIn = (text: string) => new Set([...text.matchAll(/"code":"([A-Za-z_]+)"/g)].map((m) => m[1]!));
const costIn = (text: string): { requested: number; limit: number } | undefined => {
  const found = /"cost":(\{[^{}]*\})/.exec(text)?.[1];
  if (!found) return undefined;
  const cost = JSON.parse(found) as { requested?: unknown; limit?: unknown };
  return typeof cost.requested === 'number' && typeof cost.limit === 'number'
    ? { requested: cost.requested, limit: cost.limit }
    : undefined;
};
const bump = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);

/** What one kind of client (victim, attackers, health probe) got in a phase. */
class Tally {
  /** Latencies of answered requests (any status). */
  readonly latencies: number[] = [];
  readonly outcomes = new Map<Outcome, number>();
  /** GraphQL error codes in answers, once per answer. */
  readonly codes = new Map<string, number>();
  bytes = 0;
  capped = 0;
  /** Longest wait that got no answer (timed out or cut at the end): a lower bound on the latency. */
  longestUnanswered = 0;

  add(a: Answer): void {
    bump(this.outcomes, a.outcome);
    this.bytes += a.bytes;
    if (a.capped) this.capped++;
    if (typeof a.outcome !== 'number') {
      this.longestUnanswered = Math.max(this.longestUnanswered, a.ms);
      return;
    }
    this.latencies.push(a.ms);
    for (const code of codesIn(a.ends)) bump(this.codes, code);
  }

  count(filter: (o: Outcome) => boolean): number {
    return [...this.outcomes].filter(([o]) => filter(o)).reduce((sum, [, n]) => sum + n, 0);
  }
}

/** For requests that only their timeout ends. */
const NEVER = new AbortController().signal;
const gqlBody = (query: string, variables?: Record<string, number>) => JSON.stringify({ query, variables });
const quietly = (ms: number, signal?: AbortSignal) => sleep(ms, undefined, signal ? { signal } : {}).catch(() => undefined);

/** One client in a closed loop until `stop`. */
async function client(url: string, body: string, stop: AbortSignal, tally: Tally): Promise<void> {
  for (let i = 0; i < MAX_REQUESTS_PER_CLIENT && !stop.aborted; i++) tally.add(await send(url, body, stop, REQUEST_TIMEOUT_MS));
}

/** A /health/live probe a second, each on its own: a blocked server shows as probes piling up. */
async function probeHealth(url: string, stop: AbortSignal, tally: Tally): Promise<void> {
  const probes: Promise<void>[] = [];
  for (let i = 0; i < 3600 && !stop.aborted; i++) {
    probes.push(send(url, undefined, stop, HEALTH_TIMEOUT_MS).then((a) => tally.add(a)));
    await quietly(1000, stop);
  }
  await Promise.all(probes);
}

// spawnServer runs `node --import tsx src/main.ts` itself, so its pid is the serving process
// (tsx's loader runs in-process); the embedded Neo4j is that process's `java` child. Checked, not assumed.
interface Pids {
  server: number;
  neo4j: number | undefined;
}
function findPids(spawned: number): Pids {
  const tree = (pid: number, depth: number): number[] => [pid, ...(depth > 0 ? childPids(pid).flatMap((c) => tree(c, depth - 1)) : [])];
  const all = tree(spawned, 3);
  const server = all.find((p) => commandName(p) === 'node') ?? spawned;
  return { server, neo4j: all.find((p) => commandName(p) === 'java') };
}

/** Samples RSS every 250 ms; past RSS_STOP_MB it calls `tooBig`, past RSS_KILL_MB it kills the server. */
function watchMemory(pids: Pids, tooBig: (why: string) => void) {
  const peak = { server: 0, neo4j: 0, killed: false };
  const started = performance.now();
  const timer = setInterval(() => {
    const server = rssMb(pids.server) ?? 0;
    peak.server = Math.max(peak.server, server);
    peak.neo4j = Math.max(peak.neo4j, pids.neo4j === undefined ? 0 : (rssMb(pids.neo4j) ?? 0));
    const at = ((performance.now() - started) / 1000).toFixed(1);
    if (server > RSS_KILL_MB && !peak.killed) {
      peak.killed = true;
      if (isRunning(pids.server)) process.kill(pids.server, 'SIGKILL');
      console.error(`server RSS ${server.toFixed(0)} MB passed ${RSS_KILL_MB} MB: server killed`);
      tooBig(`server RSS ${server.toFixed(0)} MB passed ${RSS_KILL_MB} MB at ${at} s: server killed`);
    } else if (server > RSS_STOP_MB) tooBig(`server RSS ${server.toFixed(0)} MB passed ${RSS_STOP_MB} MB at ${at} s`);
  }, 250);
  return { peak, end: () => clearInterval(timer) };
}

const busyTicks = (pids: Pids) => (cpuTicks(pids.server) ?? 0) + (cpuTicks(pids.neo4j) ?? 0);

/**
 * Waits (at most SETTLE_MAX_S) until the server is idle again, since an aborted request's work goes
 * on server-side: QUIET_SECONDS in a row with server and Neo4j under 20% of a core and /health/live
 * answering within 250 ms. Both: on a shared machine a starved server can look quiet, and between
 * two blocking requests a probe can slip through.
 */
async function settle(baseUrl: string, pids: Pids): Promise<{ seconds: number; quiet: boolean }> {
  const started = performance.now();
  let quiet = 0;
  for (let s = 0; s < SETTLE_MAX_S && quiet < QUIET_SECONDS; s++) {
    const before = busyTicks(pids);
    const [health] = await Promise.all([send(`${baseUrl}/health/live`, undefined, NEVER, 1000), quietly(1000)]);
    quiet = busyTicks(pids) - before < QUIET_TICKS && health.outcome === 200 && health.ms < 250 ? quiet + 1 : 0;
  }
  return { seconds: (performance.now() - started) / 1000, quiet: quiet >= QUIET_SECONDS };
}

interface Phase {
  name: string;
  victim: Tally;
  attackers: Tally;
  health: Tally;
  seconds: number;
  stoppedEarly: string | undefined;
  /** Peak RSS in MB while attacked, and including the settling after it. */
  peakRss: { server: number; neo4j: number; serverWhileAttacked: number };
  /** % of one core during the phase. */
  cpu: { server: number; neo4j: number | undefined; client: number };
  clientLoopDelayMaxMs: number;
  settle: { seconds: number; quiet: boolean } | undefined;
  serverGone: boolean;
}

const TIME_UP = 'time up';

/** The victim (and attackers on `attack`, if any) for `seconds`, then, after an attack, settling. */
async function runPhase(baseUrl: string, pids: Pids, name: string, attack: string | undefined): Promise<Phase> {
  console.log(`${name}: ${seconds} s${attack ? `, ${clients} attackers` : ''}`);
  // Aborted with the reason it ended: the time is up, or the server grew too big (the first wins).
  const stop = new AbortController();
  const timer = setTimeout(() => stop.abort(TIME_UP), seconds * 1000);
  const memory = watchMemory(pids, (why) => stop.abort(why));
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const before = { server: cpuTicks(pids.server), neo4j: cpuTicks(pids.neo4j), client: process.cpuUsage(), at: performance.now() };
  const [victim, attackers, health] = [new Tally(), new Tally(), new Tally()];
  const graphql = `${baseUrl}/graphql`;
  await Promise.all([
    client(graphql, gqlBody(VICTIM), stop.signal, victim),
    ...(attack === undefined ? [] : Array.from({ length: clients }, () => client(graphql, attack, stop.signal, attackers))),
    probeHealth(`${baseUrl}/health/live`, stop.signal, health),
  ]);
  clearTimeout(timer);
  loop.disable();
  const serverWhileAttacked = memory.peak.server;
  const elapsed = (performance.now() - before.at) / 1000;
  const share = (now: number | undefined, then: number | undefined) =>
    now === undefined || then === undefined ? undefined : (100 * (now - then)) / TICKS_PER_SECOND / elapsed;
  const self = process.cpuUsage(before.client);
  const cpu = {
    server: share(cpuTicks(pids.server), before.server) ?? 0,
    neo4j: share(cpuTicks(pids.neo4j), before.neo4j),
    client: (100 * (self.user + self.system)) / 1e6 / elapsed,
  };
  // Memory is still watched while the server works off what was aborted: its peak may come then.
  const settled = attack && isRunning(pids.server) ? await settle(baseUrl, pids) : undefined;
  memory.end();
  return {
    name,
    victim,
    attackers,
    health,
    seconds: elapsed,
    stoppedEarly: stop.signal.reason === TIME_UP ? undefined : String(stop.signal.reason),
    peakRss: { server: memory.peak.server, neo4j: memory.peak.neo4j, serverWhileAttacked },
    cpu,
    clientLoopDelayMaxMs: loop.max / 1e6,
    settle: settled,
    serverGone: !isRunning(pids.server),
  };
}

interface Costliest {
  query: string;
  variables: Record<string, number>;
  /** Each sized field and its size. */
  sizes: { field: string; size: number }[];
  cost: { requested: number; limit: number } | undefined;
}

/**
 * The costliest operation the server's cost limit accepts, found by asking it: for each template
 * in turn, the largest sizes answered without a refusal, judged by `extensions.cost` and status.
 */
async function findCostliest(baseUrl: string): Promise<{ found: Costliest | undefined; notes: string[] }> {
  const schema = buildSchema(loadTypeDefs().join('\n'));
  const notes: string[] = [];
  const deadline = Date.now() + SEARCH_BUDGET_S * 1000;
  for (const template of COSTLY_TEMPLATES) {
    let op;
    try {
      op = sizeKnobs(schema, template);
    } catch (err) {
      notes.push(`\`${template}\`: ${(err as Error).message}`);
      continue;
    }
    const variablesFor = (sizes: readonly number[]) => Object.fromEntries(op.knobs.map((k, i) => [k.variable, sizes[i]!]));
    const accepted = new Map<string, Costliest['cost']>();
    let probes = 0;
    const probe: Probe = async (sizes) => {
      // Out of time: every further probe counts as refused, so the search closes on what it has.
      if (Date.now() > deadline) return false;
      probes++;
      const a = await send(`${baseUrl}/graphql`, gqlBody(op.query, variablesFor(sizes)), NEVER, REQUEST_TIMEOUT_MS);
      const cost = costIn(a.ends);
      const ok = a.outcome === 200 && !a.ends.includes('"errors":') && (cost === undefined || cost.requested <= cost.limit);
      const codes = [...codesIn(a.ends)].join(' ');
      console.log(
        `  sizes ${sizes.join(',')}: ${a.outcome}${codes ? ` ${codes}` : ''}, cost ${cost?.requested ?? '?'} of ${cost?.limit ?? '?'}, ${a.ms.toFixed(0)} ms: ${ok ? 'accepted' : 'refused'}`,
      );
      if (ok) accepted.set(sizes.join(','), cost);
      return ok;
    };
    console.log(`costliest: ${op.knobs.map((k) => k.field).join(', ') || 'no size arguments'}`);
    // Innermost size first, so the fan-out sits deep in the tree and the outer sizes take what is left.
    const sizes = await largestAccepted(op.knobs.length, op.knobs.map((_, i) => i).reverse(), MAX_SIZE, probe);
    if (Date.now() > deadline) notes.push(`the search ran out of its ${SEARCH_BUDGET_S} s and took the largest sizes accepted by then`);
    if (!sizes) {
      notes.push(`refused even with every size at 1: \`${template}\``);
      continue;
    }
    notes.push(`${probes} probes`);
    const cost = accepted.get(sizes.join(','));
    return {
      found: {
        query: op.query,
        variables: variablesFor(sizes),
        sizes: op.knobs.map((k, i) => ({ field: k.field, size: sizes[i]! })),
        cost,
      },
      notes,
    };
  }
  return { found: undefined, notes };
}

// --- Reporting ---

const ms = (v: number) => `${v.toFixed(1)} ms`;
const mb = (v: number) => `${v.toFixed(v < 10 ? 1 : 0)} MB`;
const pass = (ok: boolean) => (ok ? '✓' : '✗');
const fiveXx = (t: Tally) => t.count((o) => typeof o === 'number' && o >= 500);
/** The longest wait, marked ≥ when it is a request still unanswered. */
const longest = (t: Tally) => {
  const answered = Math.max(0, ...t.latencies);
  return t.longestUnanswered > answered ? `≥ ${ms(t.longestUnanswered)}` : ms(answered);
};
const sorted = (t: Tally) => [...t.latencies].sort((a, b) => a - b);

function goals(p: Phase): { text: string; met: boolean } {
  const p50 = percentile(sorted(p.victim), 50);
  const checks = [
    { name: `p50 < ${GOAL_P50_MS} ms`, ok: p.victim.latencies.length > 0 && p50 < GOAL_P50_MS },
    { name: 'no 5xx', ok: fiveXx(p.victim) + fiveXx(p.attackers) + fiveXx(p.health) === 0 && !p.serverGone },
    { name: `RSS < ${GOAL_RSS_MB} MB`, ok: p.peakRss.server < GOAL_RSS_MB },
  ];
  return { text: checks.map((c) => `${c.name} ${pass(c.ok)}`).join(', '), met: checks.every((c) => c.ok) };
}

function victimRow(p: Phase): string {
  const s = sorted(p.victim);
  const none = s.length === 0;
  const nonOk = p.victim.count((o) => typeof o === 'number' && (o < 200 || o > 299));
  const failed = p.victim.count((o) => typeof o !== 'number' && o !== 'cut at end');
  const errors = p.victim.codes.size ? ` (${[...p.victim.codes].map(([c, n]) => `${c} ×${n}`).join(', ')})` : '';
  const cells = [
    p.name,
    none ? '–' : ms(percentile(s, 50)),
    none ? '–' : ms(percentile(s, 99)),
    longest(p.victim),
    String(s.length),
    `${nonOk}${failed ? ` + ${failed} timeout/network` : ''}${errors}`,
    longest(p.health),
    p.settle ? `${mb(p.peakRss.serverWhileAttacked)} / ${mb(p.peakRss.server)}` : mb(p.peakRss.server),
    p.peakRss.neo4j ? mb(p.peakRss.neo4j) : '–',
    goals(p).text,
  ];
  return `| ${cells.join(' | ')} |`;
}

const ATTACK_COLUMNS: Outcome[] = [200, 400, 413, 429, 500, 503, 'timeout', 'network error', 'cut at end'];
function attackerRow(p: Phase): string {
  const t = p.attackers;
  const others = [...t.outcomes].filter(([o]) => !ATTACK_COLUMNS.includes(o));
  const mean = t.latencies.length ? t.latencies.reduce((a, b) => a + b, 0) / t.latencies.length : undefined;
  const cells = [
    p.name,
    String(t.count(() => true)),
    ...ATTACK_COLUMNS.map((o) => String(t.outcomes.get(o) ?? 0)),
    others.map(([o, n]) => `${o}: ${n}`).join(', ') || '–',
    mean === undefined ? '–' : ms(mean),
    mb(t.bytes / 2 ** 20),
    String(t.capped),
    [...t.codes].map(([c, n]) => `${c} ×${n}`).join(', ') || '–',
  ];
  return `| ${cells.join(' | ')} |`;
}

function phaseNotes(p: Phase): string {
  const parts = [
    `${p.seconds.toFixed(1)} s`,
    `CPU (% of a core) server ${p.cpu.server.toFixed(0)}, Neo4j ${p.cpu.neo4j?.toFixed(0) ?? '–'}, this client ${p.cpu.client.toFixed(0)}`,
    `client event-loop delay max ${ms(p.clientLoopDelayMaxMs)}`,
  ];
  if (p.settle) {
    const after = `${p.settle.seconds.toFixed(0)} s after the attack ended`;
    parts.push(
      p.settle.quiet
        ? `server idle again ${after} (${QUIET_SECONDS} quiet seconds included)`
        : `**server still busy or unresponsive ${after}**: the next scenario starts on a loaded server`,
    );
  }
  if (p.stoppedEarly) parts.push(`**stopped early: ${p.stoppedEarly}**`);
  if (p.serverGone) parts.push('**the server process is gone**');
  return `- ${p.name}: ${parts.join('; ')}.`;
}

function report(header: string[], phases: Phase[], costly: { found: Costliest | undefined; notes: string[] }): string {
  const costLine = costly.found
    ? `cost ${costly.found.cost?.requested ?? 'not reported'} of a limit of ${costly.found.cost?.limit ?? 'not reported'}; sizes ${costly.found.sizes.map((k) => `${k.field} = ${k.size}`).join(', ')}`
    : 'no template was accepted: scenario (b) did not run';
  return [
    ...header,
    '',
    `Goals: victim p50 < ${GOAL_P50_MS} ms in every scenario, no 5xx, server RSS < ${GOAL_RSS_MB} MB.`,
    '',
    `## The victim: 1 client in a closed loop on \`${VICTIM}\``,
    '',
    'p50, p99 and max over answered requests; max is marked ≥ when a request was still unanswered at the end (or timed out). /health/live: one probe a second.',
    '',
    '| scenario | p50 | p99 | max | answered | non-2xx | /health/live max | server peak RSS (attacked / incl. settling) | Neo4j peak RSS | goals |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...phases.map(victimRow),
    '',
    `## The attackers: ${clients} clients, each in a closed loop`,
    '',
    `Each request times out after ${REQUEST_TIMEOUT_MS / 1000} s; at most ${READ_CAP_BYTES / 2 ** 20} MB of an answer is read (counted, not kept), then the connection is closed ("cut at ${READ_CAP_BYTES / 2 ** 20} MB"). "cut at end": in flight when the scenario ended. Mean latency over answered requests.`,
    '',
    `| scenario | sent | 200 | 400 | 413 | 429 | 500 | 503 | timeout | network error | cut at end | other | mean latency | received | cut at ${READ_CAP_BYTES / 2 ** 20} MB | GraphQL codes |`,
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...phases.filter((p) => p.name !== 'baseline').map(attackerRow),
    '',
    '## Per scenario',
    '',
    ...phases.map(phaseNotes),
    '',
    '## The operations',
    '',
    `(a) fragment fan-out, ${FAN_OUT.length} bytes: \`${FAN_OUT.split('\n')[0]}\` and 25 fragments \`fragment Hi on Place { id ...Hi+1 ...Hi+1 }\` (the last spreads none).`,
    '',
    `(b) the costliest operation the cost limit accepts, found at run time: ${costLine}.${costly.notes.length ? ` Search: ${costly.notes.join('; ')}.` : ''}`,
    '',
    ...(costly.found
      ? ['```graphql', costly.found.query.trim(), '```', '', `Variables: \`${JSON.stringify(costly.found.variables)}\``, '']
      : []),
    `(c) nested documents, sent as is: \`${NESTED}\``,
  ].join('\n');
}

// --- The run ---

const load = os.loadavg();
// Start (up to 180 s), warm-up, the cost search, four phases, settling after each attack, stop.
const boundS = 180 + 30 + SEARCH_BUDGET_S + REQUEST_TIMEOUT_MS / 1000 + 4 * seconds + 4 * SETTLE_MAX_S + 30;
console.log(
  `bench:abuse: ${clients} attackers, ${seconds} s per scenario; expect about ${Math.ceil((60 + 4 * seconds + 60) / 60)} min with a well-behaved server, at most ${Math.ceil(boundS / 60)} min (then it stops itself). Load average ${load.map((l) => l.toFixed(2)).join(' ')}.`,
);
const server = await spawnServer();
const watchdog = setTimeout(() => {
  console.error(`bench:abuse: still running after ${boundS} s; killing the server and giving up`);
  if (isRunning(server.pid)) process.kill(server.pid, 'SIGKILL');
  process.exit(3);
}, boundS * 1000).unref();
try {
  const pids = findPids(server.pid);
  console.log(`server pid ${pids.server} (${commandName(pids.server)}), Neo4j pid ${pids.neo4j ?? 'not found'}`);
  // Warm-up: the victim's statement compiled and cached, connections open.
  for (let i = 0; i < 50; i++) await send(`${server.url}/graphql`, gqlBody(VICTIM), NEVER, REQUEST_TIMEOUT_MS);
  const costly = await findCostliest(server.url);
  await settle(server.url, pids);
  const scenarios: [string, string | undefined][] = [
    ['baseline', undefined],
    ['(a) fragment fan-out', gqlBody(FAN_OUT)],
    ['(b) costliest accepted', costly.found && gqlBody(costly.found.query, costly.found.variables)],
    ['(c) nested documents', gqlBody(NESTED)],
  ];
  const phases: Phase[] = [];
  for (const [name, attack] of scenarios) {
    if (name !== 'baseline' && attack === undefined) continue;
    if (!isRunning(pids.server)) break;
    phases.push(await runPhase(server.url, pids, name, attack));
  }
  const header = [
    `# Abuse: can one anonymous client hurt others? (${label})`,
    '',
    `${new Date().toISOString()} · ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'} · ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB · Node ${process.version} · embedded Neo4j, seed graph · ${clients} attackers · ${seconds} s per scenario`,
    '',
    `Load average at start ${load.map((l) => l.toFixed(2)).join(' / ')} (1 / 5 / 15 min) on a machine shared with other work; at the end ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' / ')}. Client, server and Neo4j share the cores.`,
    `Server: pid ${pids.server} (\`${commandName(pids.server) ?? '?'}\`, ${pids.server === server.pid ? 'the process spawnServer started: it serves, no wrapper' : `a descendant of the process spawnServer started, ${server.pid}`}); Neo4j: pid ${pids.neo4j ?? '–'} (\`java\`, its child). RSS sampled every 250 ms, through each attack and the settling after it.`,
  ];
  const text = report(header, phases, costly) + '\n';
  console.log(`\n${text}`);
  mkdirSync('bench/results', { recursive: true });
  const file = path.join('bench/results', `abuse-${label}.md`);
  writeFileSync(file, text);
  console.log(`written to ${file}`);
  if (phases.length < 4 || !phases.every((p) => goals(p).met)) process.exitCode = 1;
} finally {
  await server.stop();
  clearTimeout(watchdog);
}
