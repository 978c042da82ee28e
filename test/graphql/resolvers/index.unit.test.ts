import { buildSchema, isInterfaceType, isObjectType, isScalarType, isUnionType, type GraphQLObjectType } from 'graphql';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { ENTITY_PROPERTIES } from '../../../src/data/projection.js';
import { ENTITY_FIELD_PROPERTIES } from '../../../src/graphql/projection.js';
import type { PlaceFilter, PolicyOrder, QueryPeopleArgs, QueryPlacesArgs } from '../../../src/graphql/generated/resolvers.js';
import type { KindListArgs, ListArgs } from '../../../src/graphql/resolvers/entity-lists.js';
import { resolvers } from '../../../src/graphql/resolvers/index.js';
import { loadTypeDefs } from '../../../src/graphql/type-defs.js';
import { ENTITY_KIND_DECLARATIONS, type KindField } from '../../../src/model/entity-kinds.js';

// The resolver map against the SDL: a field that is not a stored property read off its record needs a
// resolver, so that a kind, a relation or a fact list added to the model without one fails here, and
// not in the first query that asks for it. (That the resolvers' types fit the generated ones, tsc checks.)

const schema = buildSchema(loadTypeDefs().join('\n'));
const map: Readonly<Record<string, unknown>> = resolvers;

/** The fields the map resolves on a type, and its __resolveType if it has one. */
function resolvedOn(typeName: string): string[] {
  const fields = map[typeName];
  return typeof fields === 'object' && fields !== null ? Object.keys(fields) : [];
}

/** The fields of `type` neither among `properties` nor resolved. */
const unresolved = (type: GraphQLObjectType, properties: readonly string[] = []) =>
  Object.keys(type.getFields()).filter((f) => !properties.includes(f) && !resolvedOn(type.name).includes(f));

function objectType(name: string): GraphQLObjectType {
  const type = schema.getType(name);
  if (!isObjectType(type)) throw new Error(`${name} is not an object type of the schema`);
  return type;
}

const kindTypes = Object.values(schema.getTypeMap()).filter(
  (t): t is GraphQLObjectType => isObjectType(t) && t.getInterfaces().some((i) => i.name === 'Entity'),
);

describe('the resolver map', () => {
  it('resolves every Query and Mutation field', () => {
    expect(unresolved(objectType('Query'))).toEqual([]);
    expect(unresolved(objectType('Mutation'))).toEqual([]);
  });

  it('has an entity type for each declared kind, and resolves each field of it that is not a stored property', () => {
    expect(kindTypes.map((t) => t.name).sort()).toEqual(Object.keys(ENTITY_KIND_DECLARATIONS).sort());
    for (const type of kindTypes)
      expect(unresolved(type, [...ENTITY_PROPERTIES, ...Object.keys(ENTITY_FIELD_PROPERTIES)]), type.name).toEqual([]);
  });

  it('resolves each relation and fact list a kind declares', () => {
    for (const [kind, declaration] of Object.entries(ENTITY_KIND_DECLARATIONS)) {
      const fields: Readonly<Record<string, KindField>> = declaration.fields;
      const declared = Object.keys(fields).filter((name) => fields[name]?.field !== 'property');
      expect(declared.length, kind).toBeGreaterThan(0);
      expect(
        declared.filter((name) => !resolvedOn(kind).includes(name)),
        kind,
      ).toEqual([]);
    }
  });

  it('resolves no field the schema does not declare', () => {
    const stray = Object.keys(map).flatMap((typeName) => {
      const type = schema.getType(typeName);
      if (!type) return [typeName];
      if (isScalarType(type)) return [];
      const fields = isObjectType(type) ? Object.keys(type.getFields()) : [];
      return resolvedOn(typeName)
        .filter((f) => !f.startsWith('__') && !fields.includes(f))
        .map((f) => `${typeName}.${f}`);
    });
    expect(stray).toEqual([]);
  });

  it('tells the object type of every interface and union', () => {
    const abstract = Object.values(schema.getTypeMap()).filter((t) => isInterfaceType(t) || isUnionType(t));
    expect(abstract.length).toBeGreaterThanOrEqual(3);
    for (const type of abstract) expect(resolvedOn(type.name), type.name).toContain('__resolveType');
  });

  it('types the list arguments as generated from the SDL, kind by kind', () => {
    expectTypeOf<KindListArgs<'Place'>>().toEqualTypeOf<Partial<QueryPlacesArgs>>();
    expectTypeOf<NonNullable<KindListArgs<'Place'>['filter']>>().toEqualTypeOf<PlaceFilter>();
    expectTypeOf<NonNullable<KindListArgs<'Policy'>['orderBy']>>().toEqualTypeOf<PolicyOrder>();
    expectTypeOf<Partial<QueryPeopleArgs>>().toExtend<ListArgs>();
  });
});
