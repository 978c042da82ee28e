import { ENTITY_KIND_DECLARATIONS } from '../model/entity-kinds.js';
import { ENTITY_KIND_NAMES, type EntityKind } from '../model/vocabulary.js';

/** Query field names per kind: one entity, and a page of them (from the kind declarations). */
export const QUERY_FIELDS = Object.fromEntries(
  ENTITY_KIND_NAMES.map((kind) => [kind, [ENTITY_KIND_DECLARATIONS[kind].single, ENTITY_KIND_DECLARATIONS[kind].plural]]),
) as Record<EntityKind, [single: string, list: string]>; // fromEntries types its keys as strings; here they are the kinds

/**
 * The same resolvers on one type of every kind: `typeName` names it (the kind itself, `${kind}Connection`,
 * …). Keyed by those names, so that a resolver map spreading the result checks them against each type.
 */
export function onEveryKind<T extends string, R>(typeName: (kind: EntityKind) => T, resolvers: R): Partial<Record<T, R>> {
  const types: Partial<Record<T, R>> = {};
  for (const kind of ENTITY_KIND_NAMES) types[typeName(kind)] = resolvers;
  return types;
}
