import type { CodegenConfig } from '@graphql-codegen/cli';
import { ENTITY_KIND_DECLARATIONS } from './src/model/entity-kinds.js';

// Every kind's object, relation edge and connection types pass the same records, whatever the kinds declared.
const kindMappers = Object.fromEntries(
  Object.keys(ENTITY_KIND_DECLARATIONS).flatMap((kind) => [
    [kind, '../shapes.js#EntityShape'],
    [`${kind}Relation`, '../shapes.js#RelationShape'],
    [`${kind}Connection`, '../shapes.js#EntityPageShape'],
  ]),
);

// Resolver types come from the SDL; `npm run codegen` rewrites them and CI fails when they are stale.
const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    'src/graphql/generated/resolvers.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useIndexSignature: false,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        contextType: '../context.js#GraphQLContext',
        useTypeImports: true,
        enumsAsTypes: true,
        // Resolvers pass records, not fully built GraphQL objects: relations load from ids in batches.
        mappers: {
          ...kindMappers,
          Entity: '../shapes.js#EntityShape',
          Relationship: '../shapes.js#RelationShape',
          Affiliation: '../shapes.js#RelationShape',
          Evidence: '../shapes.js#EvidenceShape',
          Document: '../shapes.js#DocumentShape',
          Fact: '../shapes.js#FactShape',
          GraphEdge: '../shapes.js#EdgeShape',
          FactSubject: '../shapes.js#FactSubjectShape',
          Subgraph: '../shapes.js#SubgraphShape',
          Path: '../shapes.js#PathShape',
          Connections: '../shapes.js#ConnectionsShape',
          SearchEdge: '../shapes.js#SearchEdgeShape',
          SearchConnection: '../shapes.js#SearchPageShape',
          SearchResult: '../shapes.js#SearchResultShape',
          FactConnection: '../shapes.js#FactPageShape',
          DocumentConnection: '../shapes.js#DocumentPageShape',
          GraphHealth: '../../audit/checks.js#AuditResult',
          EntityComponent: '../shapes.js#ComponentShape',
          AuditFinding: '../../audit/findings.js#Finding',
          Metric: '../shapes.js#MetricShape',
          MetricConnection: '../shapes.js#MetricPageShape',
          SeriesLine: '../shapes.js#SeriesLineShape',
          SeriesPoint: '../shapes.js#SeriesPointShape',
          FactGroup: '../shapes.js#FactGroupShape',
        },
        scalars: {
          Date: { input: 'Date', output: 'string' },
          PartialDate: 'string',
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
