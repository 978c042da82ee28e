import { describe, expect, it } from 'vitest';
import { latencySummary, percentile, ratio } from '../../../bench/runner/stats.js';

describe('bench statistics', () => {
  it('takes nearest-rank percentiles', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect([percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), percentile(sorted, 100)]).toEqual([50, 95, 99, 100]);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBe(0);
  });

  it('summarises unsorted latencies of a window', () => {
    expect(latencySummary([4, 1, 3, 2], 2)).toEqual({ requests: 4, seconds: 2, p50: 2, p95: 4, p99: 4, throughput: 2 });
  });

  it('gives no ratio when a side is missing or zero', () => {
    expect(ratio(3, 2)).toBe(1.5);
    expect(ratio(undefined, 2)).toBeUndefined();
    expect(ratio(3, 0)).toBeUndefined();
  });
});
