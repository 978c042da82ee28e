import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { badInput } from '../inputs.js';
import { isListField, listItems, schemaFields, type CostTable, type ListSize } from './list-sizes.js';

// The promise the cost analysis makes, kept at execution: a sized field refuses a slicing argument
// above its `max`, and a list never returns more items than the cost counted for it, whatever its
// resolver or the data say. One wrapper per sized field, from the SDL's @listSize, so no resolver
// can forget.

function checkedCount(listSize: ListSize, args: Readonly<Record<string, unknown>>): number {
  const { argument, count } = listItems(listSize, args);
  if (argument === undefined) return count;
  const max = listSize.max ?? Number.MAX_SAFE_INTEGER;
  if (Array.isArray(args[argument])) {
    if (count > max) throw badInput(argument, `at most ${max} ${argument}, got ${count}`);
  } else if (!Number.isInteger(count) || count < 1 || count > max) {
    throw badInput(argument, `must be between 1 and ${max}, got ${count}`);
  }
  return count;
}

const cut = (result: unknown, count: number): unknown => (Array.isArray(result) && result.length > count ? result.slice(0, count) : result);

/** Wraps the resolver of every object field that has @listSize (interfaces resolve through their object types). */
export function enforceListSizes(schema: GraphQLSchema, table: CostTable): void {
  for (const [type, field] of schemaFields(schema, true)) {
    const { listSize } = table.of(type.name, field.name);
    if (!listSize) continue;
    const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
    const isList = isListField(field);
    field.resolve = (parent, args: Record<string, unknown>, ctx, info) => {
      const count = checkedCount(listSize, args);
      const result = resolve(parent, args, ctx, info);
      if (!isList) return result;
      return result instanceof Promise ? result.then((r) => cut(r, count)) : cut(result, count);
    };
  }
}
