import { isObjectType, type GraphQLNamedType, type GraphQLResolveInfo } from 'graphql';
import {
  documentProjection,
  entityProjection,
  factProjection,
  type DocumentProjection,
  type EntityProjection,
  type FactProjection,
} from '../data/projection.js';
import type { OperationSelections, Selection } from './analysis/selection.js';
import type { GraphQLContext } from './context.js';
import { selectionBelow, selectionsOf } from './lookahead.js';

// Selection-driven projection: the stored properties a field's answer shows, so that its statement
// returns those and no others.

/** Where a selection's fields are an entity's own. */
export function isEntityLevel(type: GraphQLNamedType): boolean {
  if (type.name === 'Entity' || type.name === 'Node') return true;
  return isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Entity');
}

const LEVELS = {
  entity: isEntityLevel,
  fact: (type: GraphQLNamedType) => type.name === 'Fact',
  document: (type: GraphQLNamedType) => type.name === 'Document',
};
type Level = keyof typeof LEVELS;

const namesMemo = new WeakMap<Selection, Partial<Record<Level, ReadonlySet<string>>>>();

/**
 * The fields selected at every `level` below `selection`, walking down through the types that wrap
 * them (connections, edges, relations, subgraphs) and stopping at each such level: what its own
 * fields select is loaded by their own resolvers. A name too many (an alias, a field of another type
 * reached on the way) only fetches a property for nothing. Memoised per selection.
 */
function namesAt(selections: OperationSelections, selection: Selection | undefined, level: Level): ReadonlySet<string> {
  if (!selection) return new Set();
  const memo = namesMemo.get(selection) ?? {};
  let names = memo[level];
  if (!names) {
    const found = new Set<string>();
    for (const field of selection.fields.values()) {
      if (LEVELS[level](field.owner)) found.add(field.name);
      else for (const name of namesAt(selections, selections.below(field), level)) found.add(name);
    }
    memo[level] = names = found;
    namesMemo.set(selection, memo);
  }
  return names;
}

/** Entity fields that show several stored properties. */
export const ENTITY_FIELD_PROPERTIES: Record<string, string[]> = {
  names: ['nameValues', 'nameLangs', 'nameOrigins'],
};

/** The entity properties the field being resolved shows on the entities it answers with, at whatever depth. */
export const selectedEntityProjection = (ctx: GraphQLContext, info: GraphQLResolveInfo): EntityProjection =>
  entityProjection(
    [...namesAt(selectionsOf(ctx, info), selectionBelow(ctx, info), 'entity')].flatMap((name) => ENTITY_FIELD_PROPERTIES[name] ?? [name]),
  );

/** Fact fields that show several stored properties. */
export const FACT_FIELD_PROPERTIES: Record<string, string[]> = {
  period: ['periodStart', 'periodEnd', 'periodLabel'],
  change: ['changeValue', 'changeUnit', 'changeBasis'],
};

/** The fact properties shown on the facts of `selection` (a facts field's, or one looked ahead at). */
export function factProjectionOf(selections: OperationSelections, selection: Selection | undefined): FactProjection {
  return factProjection([...namesAt(selections, selection, 'fact')].flatMap((name) => FACT_FIELD_PROPERTIES[name] ?? [name]));
}

/** The document properties shown on the documents below `selection`, or null when none are shown. */
export function documentProjectionOf(selections: OperationSelections, selection: Selection | undefined): DocumentProjection | null {
  const names = namesAt(selections, selection, 'document');
  return names.size ? documentProjection(names) : null;
}
