import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadOperations } from '../src/http/operations.js';
import { rssMb as readRssMb } from './runner/proc.js';
import { percentile as pct } from './runner/stats.js';
import { spawnServer } from './server-process.js';

// `npm run soak [-- --clients 50 --seconds 60]`: the real server (its own embedded Neo4j on free
// ports, seeded) held under N concurrent loopback clients for a bounded time, cycling through the
// example operations. Prints and writes to bench/results/ errors, latency percentiles, throughput and
// the server's resident memory over time.
const { values } = parseArgs({ options: { clients: { type: 'string', default: '50' }, seconds: { type: 'string', default: '60' } } });
const clients = Math.min(Number(values.clients), 500);
const seconds = Math.min(Number(values.seconds), 600);

const rssMb = (pid: number) => readRssMb(pid) ?? 0;

const server = await spawnServer();
try {
  const operations = loadOperations();
  // Warm up: compile every operation's Cypher once, so the soak measures steady state.
  for (const op of operations) await server.graphql(op.query);
  const latencies: number[] = [];
  const errors = new Map<string, number>();
  const memory: { second: number; rssMb: number }[] = [{ second: 0, rssMb: rssMb(server.pid) }];
  const started = Date.now();
  const deadline = started + seconds * 1000;
  const sampler = setInterval(() => memory.push({ second: Math.round((Date.now() - started) / 1000), rssMb: rssMb(server.pid) }), 5000);
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      for (let i = c; Date.now() < deadline; i++) {
        const t = performance.now();
        const problem = await server.graphql(operations[i % operations.length]!.query);
        latencies.push(performance.now() - t);
        if (problem) errors.set(problem, (errors.get(problem) ?? 0) + 1);
      }
    }),
  );
  clearInterval(sampler);
  memory.push({ second: seconds, rssMb: rssMb(server.pid) });
  latencies.sort((a, b) => a - b);
  const elapsed = (Date.now() - started) / 1000;
  const errorCount = [...errors.values()].reduce((a, b) => a + b, 0);
  const rss = memory.map((m) => m.rssMb);
  const secondHalf = rss.slice(Math.floor(rss.length / 2));
  const lines = [
    `# Soak: ${clients} clients for ${seconds} s`,
    '',
    `${new Date().toISOString()} · ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'} · ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB · Node ${process.version} · embedded Neo4j 5.26, seed graph`,
    '',
    '| requests | errors | throughput | p50 | p95 | p99 | max |',
    '|---|---|---|---|---|---|---|',
    `| ${latencies.length} | ${errorCount} | ${(latencies.length / elapsed).toFixed(0)} req/s | ${pct(latencies, 50).toFixed(1)} ms | ${pct(latencies, 95).toFixed(1)} ms | ${pct(latencies, 99).toFixed(1)} ms | ${(latencies.at(-1) ?? 0).toFixed(1)} ms |`,
    '',
    `Server resident memory (MB) every 5 s: ${rss.map((m) => m.toFixed(0)).join(' ')}`,
    `Second half: min ${Math.min(...secondHalf).toFixed(0)} MB, max ${Math.max(...secondHalf).toFixed(0)} MB (spread ${(Math.max(...secondHalf) - Math.min(...secondHalf)).toFixed(0)} MB).`,
    '',
    ...(errors.size ? ['Errors:', ...[...errors].map(([k, n]) => `- ${k}: ${n}`)] : ['No errors.']),
    '',
    'Operations cycled: ' + operations.map((o) => o.file).join(', ') + '.',
  ];
  const report = lines.join('\n') + '\n';
  console.log(report);
  mkdirSync('bench/results', { recursive: true });
  writeFileSync(path.join('bench/results', `soak-${clients}x${seconds}s.md`), report);
  if (errorCount > 0) process.exitCode = 1;
} finally {
  await server.stop();
}
