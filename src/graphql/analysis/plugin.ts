import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Limits } from '../../config/limits.js';
import type { GraphQLContext } from '../context.js';
import { LimitError } from '../limits.js';
import { enforceListSizes } from './enforce.js';
import type { AdmissionGate } from './gate.js';
import { CostTable } from './list-sizes.js';
import { analyseOperation } from './operation.js';
import { jsonSizeUpTo } from './response-size.js';

/** A response over the size cap, replaced by this error before any of it is written. */
function tooLarge(max: number, value: number): GraphQLError {
  return new GraphQLError(`The response is over ${max} bytes (${value} counted before stopping); ask for fewer items or less text.`, {
    extensions: { code: 'RESPONSE_TOO_LARGE', limit: 'responseBytes', max, value },
  });
}

/**
 * The request's limits, from one analysis of its operation: depth and cost refused before anything
 * runs, costly operations admitted through the gate, the analysis handed to resolvers (projection and
 * lookahead read it), list sizes kept at execution, the response size capped, and the cost reported
 * in `extensions.cost` ({ requested, limit }) as GitHub and Shopify do, so that clients can pace.
 */
export function analysisPlugin(
  limits: Pick<Limits, 'maxDepth' | 'maxCost' | 'maxResponseBytes'>,
  gate: AdmissionGate,
  /** Called with the cost of every operation within the limits, before it waits at the gate or runs; may refuse it by throwing (rate limits). */
  admit?: (cost: number, context: GraphQLContext) => Promise<void>,
): ApolloServerPlugin<GraphQLContext> {
  let table: CostTable | undefined;
  return {
    async serverWillStart({ schema }) {
      table = new CostTable(schema);
      enforceListSizes(schema, table);
    },
    async requestDidStart(): Promise<GraphQLRequestListener<GraphQLContext>> {
      let requested: number | undefined;
      let release: (() => void) | undefined;
      return {
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          if (!operation || !table) return;
          const analysis = analyseOperation(table, schema, document, operation, request.variables ?? {});
          requested = analysis.cost;
          contextValue.cost = requested;
          if (analysis.depth > limits.maxDepth) throw new LimitError('depth', limits.maxDepth, analysis.depth);
          if (requested > limits.maxCost) throw new LimitError('cost', limits.maxCost, requested);
          contextValue.selections = analysis.selections;
          await admit?.(requested, contextValue);
          if (requested >= gate.options.minCost) release = await gate.enter();
        },
        async willSendResponse({ response }) {
          release?.();
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          const size = jsonSizeUpTo(result, limits.maxResponseBytes);
          if (size > limits.maxResponseBytes) {
            response.body.singleResult = { errors: [tooLarge(limits.maxResponseBytes, size).toJSON()] };
            response.http.status = 400;
          }
          if (requested !== undefined) {
            const out = response.body.singleResult;
            out.extensions = { ...out.extensions, cost: { requested, limit: limits.maxCost } };
          }
        },
      };
    },
  };
}
