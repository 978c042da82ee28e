import {
  ENTITY_KIND_DECLARATIONS,
  type FactListField,
  type KindDeclaration,
  type KindField,
  type RelationField,
} from '../../model/entity-kinds.js';
import type { EntityKind } from '../../model/vocabulary.js';
import type { ResolverFn, Resolvers } from '../generated/resolvers.js';
import { manyRelations, oneRelation, type ManyRelationsResolver, type OneRelationResolver } from './entity-relations.js';
import { kindFactList, type FactListResolver } from './facts.js';

// The fields each kind's declaration adds (src/model/entity-kinds.ts): its relations and fact lists, each
// with the resolver type its declaration implies, so that a kind's resolvers are checked field by field
// against its generated resolver type (PlaceResolvers, …) where they are put on the kind's type.

type DeclaredFields<K extends EntityKind> = (typeof ENTITY_KIND_DECLARATIONS)[K]['fields'];
type ResultOf<R> = R extends ResolverFn<infer Result, infer _Parent, infer _Context, infer _Args> ? Result : never;

/**
 * The resolver of a field kind K declares: a fact list's, or a relation's, one or many as the SDL has it
 * (the declaration's type does not record `one`); a stored property has none.
 */
type ResolverOf<K extends EntityKind, N extends keyof DeclaredFields<K>> = DeclaredFields<K>[N] extends FactListField
  ? FactListResolver
  : DeclaredFields<K>[N] extends RelationField
    ? ResultOf<NonNullable<Resolvers[K]>[N & keyof NonNullable<Resolvers[K]>]> extends readonly unknown[]
      ? ManyRelationsResolver
      : OneRelationResolver
    : undefined;

/** Kind K's declared fields with their resolvers: `{ parent: OneRelationResolver, children: ManyRelationsResolver, … }` for Place. */
export type DeclaredResolvers<K extends EntityKind> = { -readonly [N in keyof DeclaredFields<K>]?: ResolverOf<K, N> };

const resolverOf = (field: RelationField | FactListField) =>
  field.field === 'facts' ? kindFactList(field) : field.one ? oneRelation(field) : manyRelations(field);

/** A declaration's fields, typed as its own (`.fields` of an indexed access type would be all kinds' fields). */
const fieldsOf = <D extends KindDeclaration>(declaration: D): D['fields'] => declaration.fields;

/** The resolvers of the relations and fact lists `kind` declares. */
export function declaredResolvers<K extends EntityKind>(kind: K): DeclaredResolvers<K> {
  const declaration = ENTITY_KIND_DECLARATIONS[kind];
  const fields: Readonly<Record<string, KindField>> = declaration.fields;
  const resolvers: DeclaredResolvers<K> = {};
  for (const name in fieldsOf(declaration)) {
    const field = fields[name];
    // The SDL makes a relation a single edge exactly when it is declared `one` (src/model/entity-sdl.ts),
    // which is the choice resolverOf makes; a type cannot follow a flag its declaration's type drops.
    if (field && field.field !== 'property') resolvers[name] = resolverOf(field) as ResolverOf<K, typeof name>;
  }
  return resolvers;
}
