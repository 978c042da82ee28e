import type { ApolloServerPlugin } from '@apollo/server';
import { Router, type RequestHandler } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Database } from '../db/neo4j.js';
import type { GraphQLContext } from '../graphql/context.js';
import type { OperationOutcome } from '../graphql/outcome.js';

/** Distinct operation names kept as labels; names beyond count as `other`, since every label value is a series kept forever. */
export const MAX_OPERATION_LABELS = 200;

export interface ApiMetrics {
  /** GET /metrics in Prometheus's text format. */
  routes: Router;
  /** Times each /graphql request and counts it, by operation and result code, once it is answered. */
  observe: RequestHandler;
  /** Stops listening to the database when the server stops. */
  plugin: ApolloServerPlugin<GraphQLContext>;
}

/**
 * Prometheus metrics of one API server, in a registry of its own (several servers share a test
 * process): GraphQL requests, latency and cost by operation and code, Neo4j transaction times and
 * pool, and Node's default process metrics (event-loop lag, heap, GC, CPU, handles).
 */
export function apiMetrics(db: Database): ApiMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });

  const requests = new Counter({
    name: 'graphql_requests_total',
    help: 'GraphQL requests answered, by operation name and result code (ok, or the first error code)',
    labelNames: ['operation', 'code'],
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'graphql_request_duration_seconds',
    help: 'Time from receiving a GraphQL request to the end of its answer',
    labelNames: ['operation', 'code'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15],
    registers: [registry],
  });
  const cost = new Histogram({
    name: 'graphql_operation_cost',
    help: 'Estimated cost of each analysed operation (the points it is charged)',
    labelNames: ['operation'],
    buckets: [10, 100, 1_000, 10_000, 100_000, 250_000, 1_000_000],
    registers: [registry],
  });
  const transactions = new Histogram({
    name: 'neo4j_transaction_duration_seconds',
    help: 'Neo4j transactions, connection acquisition included, by access mode and outcome',
    labelNames: ['mode', 'outcome'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
    registers: [registry],
  });
  new Gauge({
    name: 'neo4j_pool_connections',
    help: "Connections of the Neo4j driver's pool, in use or idle",
    labelNames: ['state'],
    registers: [registry],
    collect() {
      const stats = db.poolStats();
      if (!stats) return;
      this.set({ state: 'in_use' }, stats.inUse);
      this.set({ state: 'idle' }, stats.idle);
    },
  });
  const stopTiming = db.onTransaction(({ mode, seconds, failed }) =>
    transactions.observe({ mode: mode.toLowerCase(), outcome: failed ? 'error' : 'ok' }, seconds),
  );

  const known = new Set<string>();
  const label = (operation: string | undefined): string => {
    const name = operation ?? 'none';
    if (known.has(name)) return name;
    if (known.size >= MAX_OPERATION_LABELS) return 'other';
    known.add(name);
    return name;
  };

  const observe: RequestHandler = (_req, res, next) => {
    const started = performance.now();
    res.once('finish', () => {
      const outcome = res.locals.outcome as OperationOutcome | undefined;
      const operation = label(outcome?.operation);
      // Refused before GraphQL (body, tokens, method): the status is all there is.
      const code = outcome?.code ?? `HTTP_${res.statusCode}`;
      requests.inc({ operation, code });
      latency.observe({ operation, code }, (performance.now() - started) / 1000);
      if (outcome?.cost !== undefined) cost.observe({ operation }, outcome.cost);
    });
    next();
  };

  const routes = Router();
  routes.get('/metrics', async (_req, res) => {
    res.type(registry.contentType).send(await registry.metrics());
  });

  const plugin: ApolloServerPlugin<GraphQLContext> = {
    async serverWillStart() {
      return { serverWillStop: async () => void stopTiming() };
    },
  };
  return { routes, observe, plugin };
}
