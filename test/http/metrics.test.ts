import { describe, expect, it } from 'vitest';
import { MAX_OPERATION_LABELS } from '../../src/http/metrics.js';
import { graphql, useApiServer } from '../support/graph.js';

const api = useApiServer();

/** One scrape of /metrics as { 'name{labels}': value }, label order as prom-client writes it. */
async function scrape(): Promise<Map<string, number>> {
  const res = await fetch(`${api.url}/metrics`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  const samples = new Map<string, number>();
  for (const line of (await res.text()).split('\n')) {
    const m = /^([a-zA-Z_:][\w:]*(?:\{.*\})?) (\S+)$/.exec(line);
    if (m) samples.set(m[1]!, Number(m[2]));
  }
  return samples;
}

const value = (samples: Map<string, number>, key: string) => samples.get(key) ?? 0;

describe('/metrics', () => {
  it('counts requests by operation and code, times them, records their cost, and times Neo4j transactions', async () => {
    const before = await scrape();
    for (let i = 0; i < 3; i++)
      expect((await graphql(api.url, 'query MetricsPage { places(first: 20) { edges { node { id name } } } }')).errors).toBeUndefined();
    const bad = await graphql(api.url, 'query MetricsBad { places(first: 1000) { edges { node { id } } } }');
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    await graphql(api.url, '{ places(first: ');
    await fetch(`${api.url}/graphql`, { method: 'DELETE' });
    const after = await scrape();

    const moved = (key: string) => value(after, key) - value(before, key);
    expect(moved('graphql_requests_total{operation="MetricsPage",code="ok"}')).toBe(3);
    expect(moved('graphql_request_duration_seconds_count{operation="MetricsPage",code="ok"}')).toBe(3);
    expect(moved('graphql_operation_cost_count{operation="MetricsPage"}')).toBe(3);
    expect(moved('graphql_operation_cost_sum{operation="MetricsPage"}')).toBe(3 * 42);
    expect(moved('graphql_requests_total{operation="MetricsBad",code="BAD_USER_INPUT"}')).toBe(1);
    // No operation was resolved from a document that does not parse, nor from a request refused before GraphQL.
    expect(moved('graphql_requests_total{operation="none",code="GRAPHQL_PARSE_FAILED"}')).toBe(1);
    expect(moved('graphql_requests_total{operation="none",code="METHOD_NOT_ALLOWED"}')).toBe(1);
    expect(moved('neo4j_transaction_duration_seconds_count{mode="read",outcome="ok"}')).toBeGreaterThanOrEqual(3);
  });

  it('reports the Neo4j pool, event-loop lag and the default process metrics', async () => {
    await graphql(api.url, '{ places(first: 1) { edges { node { id } } } }');
    const samples = await scrape();
    // Between requests the pool keeps its connections, idle.
    expect(value(samples, 'neo4j_pool_connections{state="idle"}')).toBeGreaterThanOrEqual(1);
    expect(samples.has('neo4j_pool_connections{state="in_use"}')).toBe(true);
    for (const name of [
      'nodejs_eventloop_lag_seconds',
      'nodejs_eventloop_lag_p99_seconds',
      'process_resident_memory_bytes',
      'nodejs_heap_size_used_bytes',
    ]) {
      expect(samples.has(name), name).toBe(true);
    }
  });

  it(`keeps at most ${MAX_OPERATION_LABELS} operation names as labels; the rest count as "other"`, async () => {
    for (let i = 0; i < MAX_OPERATION_LABELS + 5; i++) await graphql(api.url, `query Name${i} { __typename }`);
    const samples = await scrape();
    const names = new Set(
      [...samples.keys()].flatMap((k) => (k.startsWith('graphql_requests_total{') ? [/operation="([^"]*)"/.exec(k)![1]] : [])),
    );
    expect(names.size).toBeLessThanOrEqual(MAX_OPERATION_LABELS + 1);
    expect(value(samples, 'graphql_requests_total{operation="other",code="ok"}')).toBeGreaterThanOrEqual(5);
  });
});
