/**
 * The TypeScript type a client reads and writes for each custom scalar of the schema: what the API
 * sends on the wire (JSON), not what the server parses it into. Published as clients/scalars.json,
 * both graphql-codegen's `scalars` and Relay's `customScalarTypes`. A scalar added to the SDL
 * without an entry here fails `npm run clients:generate` and the clients' unit test.
 */
export const SCALAR_TYPES: Readonly<Record<string, string>> = {
  Date: 'string',
  PartialDate: 'string',
  NonNegativeInt: 'number',
  PositiveInt: 'number',
};
