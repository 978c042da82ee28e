import { describe, expect, it } from 'vitest';
import { checkGoals, operationSection, type OpResult } from '../../../bench/runner/report.js';
import type { CellStats } from '../../../bench/runner/stats.js';

const stats = (p50: number, p95: number, throughput: number, errors = 0): CellStats => ({
  requests: throughput * 10,
  seconds: 10,
  p50,
  p95,
  p99: p95 * 2,
  throughput,
  errors,
  non2xx: 0,
  graphqlErrors: errors,
  cpu: { loadGenerator: 12.4, server: 80, neo4j: undefined },
});

const op = (name: string, cells: OpResult['cells'], differs: OpResult['differs'] = []): OpResult => ({
  name,
  description: `${name} op`,
  cells,
  differs,
});

describe('the bench report', () => {
  it('marks each goal ✓ or ✗ with its margin, and – when a number is missing', () => {
    const results = [
      op('by-id', { ours: { stats: stats(2, 3, 900) }, floor: { stats: stats(1.8, 2.5, 1000) } }),
      op('nested', {
        ours: { stats: stats(14, 20, 300) },
        floor: { stats: stats(10, 15, 400) },
        'neo4j-graphql': { stats: stats(30, 60, 100) },
      }),
      op('neighbourhood-2hop', {
        ours: { stats: stats(30, 62, 150) },
        floor: { error: 'HTTP 500: boom' },
        'neo4j-graphql': { stats: stats(40, 90, 90) },
      }),
    ];
    expect(checkGoals(results).map((c) => c.text)).toEqual([
      '✓ ours p50 ≤ 1.3× floor p50 on by-id: 2.00 ms vs limit 2.34 ms (×1.11, margin 0.34 ms)',
      '✗ ours p50 ≤ 1.3× floor p50 on nested: 14.0 ms vs limit 13.0 ms (×1.40, margin -1.00 ms)',
      '– ours p50 ≤ 1.3× floor p50 on neighbourhood-2hop: not measured',
      '✓ ours throughput ≥ 2× @neo4j/graphql on nested: 300 req/s vs limit 200 req/s (×3.00, margin 100 req/s)',
      '✗ ours throughput ≥ 2× @neo4j/graphql on neighbourhood-2hop: 150 req/s vs limit 180 req/s (×1.67, margin -30.0 req/s)',
      '✗ ours p95 < 50 ms on neighbourhood-2hop: 62.0 ms (margin -12.0 ms)',
    ]);
    expect(checkGoals(results).map((c) => c.ok)).toEqual([true, false, undefined, true, false, false]);
  });

  it('tables each target with percentiles, throughput, errors and CPU, then the ratios', () => {
    const result = op(
      'nested',
      { ours: { stats: stats(14, 20, 300, 2) }, floor: { stats: stats(10, 16, 400) }, 'neo4j-graphql': { error: 'HTTP 400: a | b' } },
      ['floor'],
    );
    expect(operationSection(result, ['ours', 'floor', 'neo4j-graphql'])).toEqual([
      '### nested',
      '',
      'nested op',
      '',
      '| target | p50 | p95 | p99 | throughput | requests | errors | CPU server / Neo4j / load gen |',
      '|---|---|---|---|---|---|---|---|',
      '| ours | 14.0 ms | 20.0 ms | 40.0 ms | 300 req/s | 3000 | 2 | 80% / – / 12% |',
      '| floor (answer differs) | 10.0 ms | 16.0 ms | 32.0 ms | 400 req/s | 4000 | 0 | 80% / – / 12% |',
      '| @neo4j/graphql | failed: HTTP 400: a \\| b | | | | | | |',
      '',
      'ours/floor: p50 ×1.40, p95 ×1.25 · ours/@neo4j/graphql: throughput –',
      '',
    ]);
  });
});
