import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  valueFromASTUntyped,
  type GraphQLField,
  type GraphQLInterfaceType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

// The cost directives of the SDL (schema/base.graphql), read once per schema. They follow the
// IBM GraphQL cost specification that Apollo Router and Hot Chocolate implement: @listSize says how
// many items a list field can return, @cost what a field weighs beyond the objects it returns.

export interface ListSize {
  /** Items counted when no slicing argument is given: the most the field returns without one. */
  assumedSize: number | undefined;
  /** Arguments whose value (a number, or a list's length) is the number of items returned. */
  slicingArguments: readonly string[];
  /** Lists of the object this field returns whose size is this field's size (a connection's edges and nodes). */
  sizedFields: readonly string[];
  /** Items the sized lists hold beyond the size (a neighbourhood's centre). */
  extraItems: number;
  /** The largest value a slicing argument may take; the field's resolver refuses more. */
  max: number | undefined;
}

export interface FieldCost {
  /** Cost units of the field itself: long text, by its longest possible size. */
  weight: number;
  listSize: ListSize | undefined;
}

const NO_COST: FieldCost = { weight: 0, listSize: undefined };

function directiveArguments(field: GraphQLField<unknown, unknown>, name: string): Record<string, unknown> | undefined {
  const directive = field.astNode?.directives?.find((d) => d.name.value === name);
  if (!directive) return undefined;
  return Object.fromEntries((directive.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value)]));
}

function readFieldCost(field: GraphQLField<unknown, unknown>): FieldCost {
  const cost = directiveArguments(field, 'cost');
  const size = directiveArguments(field, 'listSize');
  if (!cost && !size) return NO_COST;
  return {
    weight: typeof cost?.weight === 'number' ? cost.weight : 0,
    listSize: size && {
      assumedSize: size.assumedSize as number | undefined,
      slicingArguments: (size.slicingArguments as string[] | undefined) ?? [],
      sizedFields: (size.sizedFields as string[] | undefined) ?? [],
      extraItems: typeof size.extraItems === 'number' ? size.extraItems : 0,
      max: size.max as number | undefined,
    },
  };
}

/** Every field of the schema's object and interface types, with its type (introspection types left out). */
export function* schemaFields(
  schema: GraphQLSchema,
  objectsOnly = false,
): Generator<[GraphQLObjectType | GraphQLInterfaceType, GraphQLField<unknown, unknown>]> {
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !(isObjectType(type) || (!objectsOnly && isInterfaceType(type)))) continue;
    for (const field of Object.values(type.getFields())) yield [type, field];
  }
}

/** A field that returns a list of objects with no way to know how many: the analysis could not bound it. */
export class UnsizedListError extends Error {}

/** The cost directives of every field of a schema, by `Type.field`; checks that every list of objects is sized. */
export class CostTable {
  private readonly fields = new Map<string, FieldCost>();

  constructor(schema: GraphQLSchema) {
    const unsized: string[] = [];
    const sizedByParent = new Set<string>();
    for (const [type, field] of schemaFields(schema)) {
      const cost = readFieldCost(field);
      this.fields.set(`${type.name}.${field.name}`, cost);
      for (const sized of cost.listSize?.sizedFields ?? []) sizedByParent.add(`${getNamedType(field.type).name}.${sized}`);
    }
    // Checked once every field is read: a list may be sized by a parent read after it.
    for (const [type, field] of schemaFields(schema)) {
      const key = `${type.name}.${field.name}`;
      const listOfObjects = isListField(field) && isCompositeType(getNamedType(field.type));
      if (listOfObjects && !this.fields.get(key)!.listSize && !sizedByParent.has(key)) unsized.push(key);
    }
    if (unsized.length)
      throw new UnsizedListError(`These list fields have no @listSize and are no parent's sizedFields: ${unsized.join(', ')}`);
  }

  of(typeName: string, fieldName: string): FieldCost {
    return this.fields.get(`${typeName}.${fieldName}`) ?? NO_COST;
  }
}

/** The number of items a slicing argument's value asks for: a number, or a list's length. */
function slicedCount(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (Array.isArray(value)) return value.length;
  return undefined;
}

/**
 * How many items a sized field may return for these arguments: the largest slicing argument given
 * (named, to be checked against `max`), else its assumed size, else (an explicit null where the SDL
 * has a default) its `max`. The analysis counts this and execution cuts at it, so both agree.
 */
export function listItems(
  listSize: ListSize,
  args: Readonly<Record<string, unknown>> | null | undefined,
): { count: number; argument?: string } {
  let given: { argument: string; count: number } | undefined;
  for (const argument of listSize.slicingArguments) {
    const count = slicedCount(args?.[argument]);
    if (count !== undefined && (!given || count > given.count)) given = { argument, count };
  }
  return given ?? { count: listSize.assumedSize ?? listSize.max ?? 1 };
}

export const isListField = (field: GraphQLField<unknown, unknown>): boolean => isListType(getNullableType(field.type));
