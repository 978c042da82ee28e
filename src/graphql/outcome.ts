import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLContext } from './context.js';

/** What became of one GraphQL request: read by its log line and its metrics once the answer is sent. */
export interface OperationOutcome {
  /** The operation's name; 'anonymous' for an unnamed one, undefined when none was resolved (the request failed before). */
  operation?: string;
  /** 'ok', or the code of the answer's first error (RATE_LIMITED, BAD_USER_INPUT, GRAPHQL_PARSE_FAILED…). */
  code?: string;
  /** The estimated cost, when the operation got as far as its analysis. */
  cost?: number;
}

// GraphQL names, and not too long: the name becomes a log field and a metrics label.
const NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;

/** The name a request's operation goes by in logs and metrics: only a name graphql-js resolved, so never arbitrary text. */
export function operationLabel(resolvedName: string | null | undefined, resolved: boolean): string | undefined {
  if (!resolved) return undefined;
  return resolvedName && NAME.test(resolvedName) ? resolvedName : 'anonymous';
}

/**
 * Fills the request's outcome from the answer as it is sent. Listed last among the plugins: Apollo
 * calls willSendResponse hooks in order, and the analysis plugin's may still replace the answer
 * (RESPONSE_TOO_LARGE), synchronously, before this one reads it.
 */
export function outcomePlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue, operation, operationName }) {
          const { outcome } = contextValue;
          outcome.operation = operationLabel(operationName, operation !== undefined);
          outcome.cost = contextValue.cost;
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          const code = errors?.[0]?.extensions?.code;
          outcome.code = errors?.length ? (typeof code === 'string' ? code : 'ERROR') : 'ok';
        },
      };
    },
  };
}
