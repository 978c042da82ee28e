import type { Resolvers } from '../generated/resolvers.js';

type ResolverMap = Record<string, Record<string, unknown> | unknown>;

/**
 * Unites resolver modules type by type. Each module owns its fields; a field that two modules
 * define is a wiring mistake, reported at start-up rather than silently overwritten.
 */
export function mergeResolvers(...modules: Resolvers[]): Resolvers {
  const merged: Record<string, ResolverMap> = {};
  for (const module of modules) {
    for (const [typeName, fields] of Object.entries(module as Record<string, ResolverMap>)) {
      const target = (merged[typeName] ??= {});
      if (typeof fields !== 'object' || fields === null || fields.constructor !== Object) {
        merged[typeName] = fields as ResolverMap; // a scalar's GraphQLScalarType
        continue;
      }
      for (const [field, resolver] of Object.entries(fields)) {
        if (field in target) throw new Error(`Resolver ${typeName}.${field} is defined twice`);
        target[field] = resolver;
      }
    }
  }
  return merged as Resolvers;
}
