import { getNamedType, isCompositeType, type GraphQLResolveInfo } from 'graphql';
import { OperationSelections, type SelectedField, type Selection } from './analysis/selection.js';
import type { GraphQLContext } from './context.js';

// Lookahead: lets a resolver fetch in its own statement what the next level of the query would
// otherwise ask for in a round trip of its own. It reads the operation's one analysis (made before
// execution, @skip/@include honoured), never the document again.

/** The selections of this request's operation: the analysis's, or collected here when the schema runs outside the server. */
export function selectionsOf(ctx: GraphQLContext, info: GraphQLResolveInfo): OperationSelections {
  return (ctx.selections ??= new OperationSelections(info.schema, info.fragments, info.variableValues));
}

/** What the field being resolved selects below it; undefined for a leaf. */
export function selectionBelow(ctx: GraphQLContext, info: GraphQLResolveInfo): Selection | undefined {
  const type = getNamedType(info.returnType);
  return isCompositeType(type) ? selectionsOf(ctx, info).of(info.fieldNodes, type) : undefined;
}

/** The first field called `name` in a selection, whatever its alias. */
export function fieldNamed(selection: Selection | undefined, name: string): SelectedField | undefined {
  for (const field of selection?.fields.values() ?? []) if (field.name === name) return field;
  return undefined;
}

/** True when the field being resolved selects `field` directly below it. */
export const selects = (ctx: GraphQLContext, info: GraphQLResolveInfo, field: string): boolean =>
  fieldNamed(selectionBelow(ctx, info), field) !== undefined;
