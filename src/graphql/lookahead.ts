import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

// Lookahead: lets a resolver fetch in its own statement what the next level of the query would
// otherwise ask for in a round trip of its own. @skip/@include are ignored: at worst a little is
// fetched for nothing.

/** The first `field` selected directly in `set` (through fragments too). */
export function fieldIn(info: GraphQLResolveInfo, set: SelectionSetNode | undefined, field: string): FieldNode | undefined {
  for (const s of set?.selections ?? []) {
    const found =
      s.kind === Kind.FIELD
        ? s.name.value === field
          ? s
          : undefined
        : fieldIn(info, s.kind === Kind.INLINE_FRAGMENT ? s.selectionSet : info.fragments[s.name.value]?.selectionSet, field);
    if (found) return found;
  }
  return undefined;
}

/** The first `field` selected directly below the field being resolved. */
export function selectedField(info: GraphQLResolveInfo, field: string): FieldNode | undefined {
  for (const node of info.fieldNodes) {
    const found = fieldIn(info, node.selectionSet, field);
    if (found) return found;
  }
  return undefined;
}

/** True when the field being resolved selects `field` directly below it. */
export const selects = (info: GraphQLResolveInfo, field: string): boolean => selectedField(info, field) !== undefined;
