import {
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
  isUnionType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

// What client caches need to know about the schema, read from it so that it stays right as types are added.

const PAGING_ARGUMENTS = new Set(['first', 'after', 'last', 'before']);

/** Every interface and union → the object types that may stand for it (Apollo's `possibleTypes`). */
export function possibleTypes(schema: GraphQLSchema): Record<string, string[]> {
  const abstract = Object.values(schema.getTypeMap())
    .filter((t) => (isInterfaceType(t) || isUnionType(t)) && !t.name.startsWith('__'))
    .sort((a, b) => a.name.localeCompare(b.name));
  return Object.fromEntries(
    abstract.map((t) => [
      t.name,
      schema
        .getPossibleTypes(t as Parameters<GraphQLSchema['getPossibleTypes']>[0])
        .map((o) => o.name)
        .sort(),
    ]),
  );
}

/** The object types a client caches by their `id`, and the others (not roots), which it embeds in their parent. */
export function objectTypes(schema: GraphQLSchema): { identified: string[]; embedded: string[] } {
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]);
  const objects = Object.values(schema.getTypeMap())
    .filter((t): t is GraphQLObjectType => isObjectType(t) && !t.name.startsWith('__') && !roots.has(t))
    .sort((a, b) => a.name.localeCompare(b.name));
  const hasId = (t: GraphQLObjectType) => 'id' in t.getFields();
  return { identified: objects.filter(hasId).map((t) => t.name), embedded: objects.filter((t) => !hasId(t)).map((t) => t.name) };
}

/** A Relay connection field: it takes cursor arguments and returns `edges { cursor node }` and `pageInfo`. */
function isConnectionField(field: GraphQLField<unknown, unknown>): boolean {
  const type = getNullableType(field.type);
  if (!isObjectType(type) || !field.args.some((a) => a.name === 'after')) return false;
  const { edges, pageInfo } = type.getFields();
  const edge = edges && getNamedType(edges.type);
  return Boolean(pageInfo && isObjectType(edge) && edge.getFields().cursor && edge.getFields().node);
}

export interface FieldsOf {
  type: string;
  fields: Record<string, string[]>;
}

/**
 * Per object type, its connection fields and the arguments that tell one list from another (every
 * argument but the cursor ones): Apollo's `keyArgs` for `relayStylePagination`.
 */
export function connectionFields(schema: GraphQLSchema): FieldsOf[] {
  return fieldsWhere(schema, isConnectionField, (f) => f.args.map((a) => a.name).filter((a) => !PAGING_ARGUMENTS.has(a)));
}

/**
 * Per object type, its fields that return a list of embedded (id-less) objects, which a cache can only
 * merge by position; a connection's `edges` are left to the connection's own policy.
 */
export function embeddedListFields(schema: GraphQLSchema, embedded: ReadonlySet<string>): FieldsOf[] {
  const isEmbeddedList = (f: GraphQLField<unknown, unknown>) => {
    const item = getNamedType(f.type);
    return isListType(getNullableType(f.type)) && embedded.has(item.name) && !(isObjectType(item) && item.getFields().cursor);
  };
  return fieldsWhere(schema, isEmbeddedList, () => []);
}

function fieldsWhere(
  schema: GraphQLSchema,
  keep: (f: GraphQLField<unknown, unknown>) => boolean,
  describe: (f: GraphQLField<unknown, unknown>) => string[],
): FieldsOf[] {
  return Object.values(schema.getTypeMap())
    .filter((t): t is GraphQLObjectType => isObjectType(t) && !t.name.startsWith('__'))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((t) => ({
      type: t.name,
      fields: Object.fromEntries(
        Object.values(t.getFields())
          .filter(keep)
          .map((f) => [f.name, describe(f)]),
      ),
    }))
    .filter((t) => Object.keys(t.fields).length > 0);
}

/** The custom scalars of the schema (those beyond GraphQL's five). */
export function customScalars(schema: GraphQLSchema): string[] {
  return Object.values(schema.getTypeMap())
    .filter((t) => isScalarType(t) && !isSpecifiedScalarType(t))
    .map((t) => t.name)
    .sort();
}
