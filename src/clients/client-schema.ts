import { buildSchema, type GraphQLSchema } from 'graphql';
import { loadTypeDefs } from '../graphql/type-defs.js';

/** The schema as clients see it: the SDL contract, without resolvers. */
export function clientSchema(): GraphQLSchema {
  return buildSchema(loadTypeDefs().join('\n'));
}
