import {
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  type GraphQLCompositeType,
  type GraphQLNamedType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import {
  documentProjection,
  entityProjection,
  factProjection,
  type DocumentProjection,
  type EntityProjection,
  type FactProjection,
} from '../data/projection.js';

// Selection-driven projection: the stored properties a field's answer shows, so that its statement
// returns those and no others.

/** Where a selection's fields are an entity's own. */
export function isEntityLevel(type: GraphQLNamedType): boolean {
  if (type.name === 'Entity' || type.name === 'Node') return true;
  return isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Entity');
}

/** A field selected below the one being resolved, for a lookahead: its type and its selection. */
export interface Below {
  type: GraphQLNamedType;
  set: SelectionSetNode | undefined;
}

const isFactLevel = (type: GraphQLNamedType): boolean => type.name === 'Fact';
const isDocumentLevel = (type: GraphQLNamedType): boolean => type.name === 'Document';

/**
 * Collects into `names` the fields selected at every level `isLevel` accepts below `set`, walking
 * down through the types that wrap them (connections, edges, relations, subgraphs) and stopping at
 * each such level: what its own fields select is loaded by their own resolvers. A name too many (an
 * alias, a field of another type reached on the way) only fetches a property for nothing.
 */
function collect(
  info: GraphQLResolveInfo,
  isLevel: (type: GraphQLNamedType) => boolean,
  type: GraphQLCompositeType,
  set: SelectionSetNode | undefined,
  names: Set<string>,
): void {
  for (const selection of set?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      if (isLevel(type)) names.add(selection.name.value);
      else if (isObjectType(type) || isInterfaceType(type)) {
        const field = type.getFields()[selection.name.value];
        const named = field && getNamedType(field.type);
        if (named && isCompositeType(named)) collect(info, isLevel, named, selection.selectionSet, names);
      }
      continue;
    }
    const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : info.fragments[selection.name.value];
    const condition = fragment?.typeCondition ? info.schema.getType(fragment.typeCondition.name.value) : type;
    if (fragment && condition && isCompositeType(condition)) collect(info, isLevel, condition, fragment.selectionSet, names);
  }
}

/** The names selected at the `isLevel` levels of the field being resolved, or of `field` of type `type` below it. */
function selectedNames(info: GraphQLResolveInfo, isLevel: (type: GraphQLNamedType) => boolean, below?: Below): Set<string> {
  const names = new Set<string>();
  const type = below?.type ?? getNamedType(info.returnType);
  if (!isCompositeType(type)) return names;
  for (const set of below ? [below.set] : info.fieldNodes.map((node) => node.selectionSet)) collect(info, isLevel, type, set, names);
  return names;
}

/** The entity properties the field being resolved shows on the entities it answers with, at whatever depth. */
export const selectedEntityProjection = (info: GraphQLResolveInfo): EntityProjection => entityProjection(selectedNames(info, isEntityLevel));

/** Fact fields that show several stored properties. */
export const FACT_FIELD_PROPERTIES: Record<string, string[]> = {
  period: ['periodStart', 'periodEnd', 'periodLabel'],
  change: ['changeValue', 'changeUnit', 'changeBasis'],
};

/**
 * The fact properties shown on the facts the field being resolved answers with, or, given `below`,
 * on those of a field selected under it (a lookahead).
 */
export function selectedFactProjection(info: GraphQLResolveInfo, below?: Below): FactProjection {
  const names = selectedNames(info, isFactLevel, below);
  return factProjection([...names].flatMap((name) => FACT_FIELD_PROPERTIES[name] ?? [name]));
}

/** The document properties shown on the documents below the field being resolved (or `below` it), or null when none are shown. */
export function selectedDocumentProjection(info: GraphQLResolveInfo, below?: Below): DocumentProjection | null {
  const names = selectedNames(info, isDocumentLevel, below);
  return names.size ? documentProjection(names) : null;
}
