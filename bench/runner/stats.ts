/** What one target answered for one operation under load. */
export interface CellStats {
  /** 2xx responses in the measured window (any with GraphQL `errors` are counted in `graphqlErrors` too). */
  requests: number;
  seconds: number;
  /** Latency percentiles of the 2xx responses, in milliseconds. */
  p50: number;
  p95: number;
  p99: number;
  /** 2xx responses per second. */
  throughput: number;
  /** Socket errors and timeouts, non-2xx answers, and 2xx answers carrying GraphQL `errors`. */
  errors: number;
  non2xx: number;
  graphqlErrors: number;
  /** CPU used during the window, in % of one core: the load generator, the server process, Neo4j's JVM. */
  cpu: { loadGenerator: number; server: number | undefined; neo4j: number | undefined };
}

/** Nearest-rank percentile of ascending `sorted` values; 0 for none. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** Latency percentiles and throughput from the raw latencies (ms) of one measured window. */
export function latencySummary(
  latencies: readonly number[],
  seconds: number,
): Pick<CellStats, 'requests' | 'seconds' | 'p50' | 'p95' | 'p99' | 'throughput'> {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    requests: sorted.length,
    seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    throughput: seconds > 0 ? sorted.length / seconds : 0,
  };
}

/** a / b, or undefined when either is missing or b is zero. */
export function ratio(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined || b === undefined || b === 0 ? undefined : a / b;
}
