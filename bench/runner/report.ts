import type { Target } from './args.js';
import { ratio, type CellStats } from './stats.js';

/** One target's outcome for one operation: its numbers, or why it was not measured. */
export type Cell = { stats: CellStats; error?: undefined } | { stats?: undefined; error: string };

export interface OpResult {
  name: string;
  description: string;
  cells: Partial<Record<Target, Cell>>;
  /** Targets whose answer (the ids it returned) differs from ours, found by the check before timing. */
  differs: Target[];
}

export const TARGET_LABEL: Record<Target, string> = { ours: 'ours', floor: 'floor', 'neo4j-graphql': '@neo4j/graphql' };

// The goals of issue 6: what "fast enough" means for our API against the other two.
export const GOALS = {
  p50VsFloor: 1.3,
  throughputVsNeo4jGraphql: { factor: 2, operations: ['nested', 'neighbourhood-2hop'] },
  p95Limit: { ms: 50, operation: 'neighbourhood-2hop' },
} as const;

export interface GoalCheck {
  /** undefined when a number it needs is missing (target not run or failed). */
  ok: boolean | undefined;
  text: string;
}

const ms = (v: number) => `${Math.abs(v) < 10 ? v.toFixed(2) : v.toFixed(1)} ms`;
const rps = (v: number) => `${v.toFixed(Math.abs(v) < 100 ? 1 : 0)} req/s`;
const times = (v: number | undefined) => (v === undefined ? '–' : `×${v.toFixed(2)}`);
const mark = (ok: boolean | undefined) => (ok === undefined ? '–' : ok ? '✓' : '✗');
const stats = (op: OpResult, target: Target) => op.cells[target]?.stats;

/** The goals as they apply to these results, each ✓/✗ with its margin. */
export function checkGoals(results: readonly OpResult[]): GoalCheck[] {
  const checks: GoalCheck[] = [];
  const missing = (goal: string) => ({ ok: undefined, text: `${goal}: not measured` });
  for (const op of results) {
    const goal = `ours p50 ≤ ${GOALS.p50VsFloor}× floor p50 on ${op.name}`;
    const ours = stats(op, 'ours');
    const floor = stats(op, 'floor');
    if (!ours || !floor) checks.push(missing(goal));
    else {
      const limit = GOALS.p50VsFloor * floor.p50;
      checks.push({
        ok: ours.p50 <= limit,
        text: `${goal}: ${ms(ours.p50)} vs limit ${ms(limit)} (${times(ratio(ours.p50, floor.p50))}, margin ${ms(limit - ours.p50)})`,
      });
    }
  }
  const { factor, operations } = GOALS.throughputVsNeo4jGraphql;
  for (const name of operations) {
    const op = results.find((r) => r.name === name);
    const goal = `ours throughput ≥ ${factor}× @neo4j/graphql on ${name}`;
    const ours = op && stats(op, 'ours');
    const theirs = op && stats(op, 'neo4j-graphql');
    if (!ours || !theirs) checks.push(missing(goal));
    else {
      const limit = factor * theirs.throughput;
      checks.push({
        ok: ours.throughput >= limit,
        text: `${goal}: ${rps(ours.throughput)} vs limit ${rps(limit)} (${times(ratio(ours.throughput, theirs.throughput))}, margin ${rps(ours.throughput - limit)})`,
      });
    }
  }
  const p95 = GOALS.p95Limit;
  const op = results.find((r) => r.name === p95.operation);
  const ours = op && stats(op, 'ours');
  const goal = `ours p95 < ${p95.ms} ms on ${p95.operation}`;
  checks.push(ours ? { ok: ours.p95 < p95.ms, text: `${goal}: ${ms(ours.p95)} (margin ${ms(p95.ms - ours.p95)})` } : missing(goal));
  return checks.map((c) => ({ ...c, text: `${mark(c.ok)} ${c.text}` }));
}

const pct = (v: number | undefined) => (v === undefined ? '–' : `${v.toFixed(0)}%`);

/** One operation as a markdown table of the targets, then the ratios ours/floor and ours/@neo4j/graphql. */
export function operationSection(op: OpResult, targets: readonly Target[]): string[] {
  const rows = targets.map((t) => {
    const cell = op.cells[t];
    const label = TARGET_LABEL[t] + (op.differs.includes(t) ? ' (answer differs)' : '');
    if (!cell) return `| ${label} | not run | | | | | | |`;
    if (cell.error !== undefined) return `| ${label} | failed: ${cell.error.replaceAll('|', '\\|').replaceAll('\n', ' ')} | | | | | | |`;
    const s = cell.stats;
    const cpu = `${pct(s.cpu.server)} / ${pct(s.cpu.neo4j)} / ${pct(s.cpu.loadGenerator)}`;
    return `| ${label} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.p99)} | ${rps(s.throughput)} | ${s.requests} | ${s.errors} | ${cpu} |`;
  });
  const ours = stats(op, 'ours');
  const floor = stats(op, 'floor');
  const theirs = stats(op, 'neo4j-graphql');
  return [
    `### ${op.name}`,
    '',
    op.description,
    '',
    '| target | p50 | p95 | p99 | throughput | requests | errors | CPU server / Neo4j / load gen |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    `ours/floor: p50 ${times(ratio(ours?.p50, floor?.p50))}, p95 ${times(ratio(ours?.p95, floor?.p95))} · ` +
      `ours/@neo4j/graphql: throughput ${times(ratio(ours?.throughput, theirs?.throughput))}`,
    '',
  ];
}
