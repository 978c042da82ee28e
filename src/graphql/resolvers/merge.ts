import type { Resolvers } from '../generated/resolvers.js';

/** A type's field resolvers, as opposed to a scalar's GraphQLScalarType. */
const isFieldMap = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && value.constructor === Object;

/** Adds `module`'s resolvers to `merged`, type by type: generic in the map's type, so that each type keeps its own. */
function mergeInto<T extends object>(merged: T, module: T): void {
  for (const typeName in module) {
    const fields = module[typeName];
    const present = merged[typeName];
    if (!isFieldMap(fields)) {
      merged[typeName] = fields; // a scalar's GraphQLScalarType
      continue;
    }
    for (const field of Object.keys(fields)) {
      if (isFieldMap(present) && field in present) throw new Error(`Resolver ${typeName}.${field} is defined twice`);
    }
    merged[typeName] = { ...present, ...fields };
  }
}

/**
 * Unites resolver modules type by type. Each module owns its fields; a field that two modules
 * define is a wiring mistake, reported at start-up rather than silently overwritten.
 */
export function mergeResolvers(...modules: Resolvers[]): Resolvers {
  const merged: Resolvers = {};
  for (const module of modules) mergeInto(merged, module);
  return merged;
}
