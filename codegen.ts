import type { CodegenConfig } from '@graphql-codegen/cli';

// Resolver types come from the SDL; `npm run codegen` rewrites them and CI fails when they are stale.
const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    'src/graphql/generated/resolvers.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useIndexSignature: false,
        contextType: '../context.js#GraphQLContext',
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: {
          Date: 'string',
          DateTime: 'string',
          NonNegativeInt: 'number',
          PositiveInt: 'number',
          URL: 'string',
          JSON: 'unknown',
        },
      },
    },
  },
  hooks: { afterAllFileWrite: [] },
};

export default config;
