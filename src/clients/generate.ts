import { getIntrospectedSchema, minifyIntrospectionQuery } from '@urql/introspection';
import { printSchema, type GraphQLSchema } from 'graphql';
import { apolloCacheModule, urqlCacheModule } from './cache-modules.js';
import { SCALAR_TYPES } from './scalars.js';
import { connectionFields, customScalars, embeddedListFields, objectTypes, possibleTypes } from './schema-shape.js';

/** The published client artefacts, by file name under clients/, generated from the schema alone. */
export function generateClientFiles(schema: GraphQLSchema): Record<string, string> {
  const { embedded } = objectTypes(schema);
  const shape = {
    possibleTypes: possibleTypes(schema),
    embedded,
    connections: connectionFields(schema),
    embeddedLists: embeddedListFields(schema, new Set(embedded)),
  };
  return {
    'schema.graphql': printSchema(schema) + '\n',
    'possibleTypes.json': json(shape.possibleTypes),
    'scalars.json': json(scalarTypes(schema)),
    'apollo-cache.ts': apolloCacheModule(shape),
    'urql-cache.ts': urqlCacheModule(shape, minifyIntrospectionQuery(getIntrospectedSchema(schema))),
  };
}

/** Custom scalar → TypeScript type, for every custom scalar of the schema; throws naming any without one. */
export function scalarTypes(schema: GraphQLSchema): Record<string, string> {
  const scalars = customScalars(schema);
  const missing = scalars.filter((s) => !(s in SCALAR_TYPES));
  if (missing.length > 0) throw new Error(`no TypeScript type for scalar ${missing.join(', ')}: declare it in src/clients/scalars.ts`);
  return Object.fromEntries(scalars.map((s) => [s, SCALAR_TYPES[s]!]));
}

const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';
