import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, OperationTypeNode } from 'graphql';

/**
 * Refuses a subscription as the client's mistake. The schema has no subscription type, and
 * graphql-js, asked to run one anyway, throws an error that Apollo reports as an internal one.
 * It checks the operation the request chose, so a document may hold a subscription beside the query it runs.
 */
export function noSubscriptionsPlugin<C extends object>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation !== OperationTypeNode.SUBSCRIPTION) return;
          // Apollo turns `http` into the response status and strips it from what the client sees.
          throw new GraphQLError('This API has no subscriptions; send a query or a mutation.', {
            extensions: { code: 'OPERATION_NOT_SUPPORTED', http: { status: 400 } },
          });
        },
      };
    },
  };
}
