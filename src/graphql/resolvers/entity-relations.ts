import type { GraphQLResolveInfo } from 'graphql';
import type { RelationSpec } from '../../data/relations.js';
import type { RelationField } from '../../model/entity-kinds.js';
import type { EntityKind, RelationshipType } from '../../model/vocabulary.js';
import type { GraphQLContext } from '../context.js';
import { selectedRelatedFactsSpec } from '../entity-facts.js';
import { loadRelations } from '../entity-loaders.js';
import type { ResolverFn } from '../generated/resolvers.js';
import { inRange } from '../inputs.js';
import { selects } from '../lookahead.js';
import { selectedEntityProjection } from '../projection.js';
import type { EntityShape, RelationShape } from '../shapes.js';

// Each kind's typed relationship fields: the relationships its declaration (src/model/entity-kinds.ts) says they follow.
// declared-fields.ts puts them on the kinds' types.

type Direction = RelationSpec['direction'];
/** A list relation field (`Place.children(first:)`), and a single one (`Place.parent`), as the generated resolver types have them. */
export type ManyRelationsResolver = ResolverFn<RelationShape[], EntityShape, GraphQLContext, { first?: number | null }>;
export type OneRelationResolver = ResolverFn<RelationShape | null, EntityShape, GraphQLContext, unknown>;

/** A hub has thousands of relationships: a list field answers this many at most. */
const LIMIT = 200;

/**
 * What to fetch for a relation field: the relationships, and of the related entities and evidence
 * only what the query shows, with the related entities' facts when the query asks for them too; as
 * of `asOf` (the entity's, when it was read as of a day), also for the related entities.
 */
export const relationSpec = (
  ctx: GraphQLContext,
  info: GraphQLResolveInfo,
  types: readonly RelationshipType[],
  direction: Direction,
  kinds: readonly EntityKind[] | null,
  limit: number,
  asOf?: string,
): RelationSpec => ({
  types,
  direction,
  kinds,
  limit,
  projection: selectedEntityProjection(ctx, info),
  withEvidence: selects(ctx, info, 'evidence'),
  nodeFacts: selectedRelatedFactsSpec(ctx, info, asOf),
  asOf: asOf ?? null,
});

/** The entity's relationships that fit the spec, the first `first` of them (200 at most). */
export const manyRelations =
  ({ types, direction, kinds, within }: RelationField): ManyRelationsResolver =>
  (parent, { first }, ctx, info) =>
    loadRelations(ctx, parent.id, {
      ...relationSpec(ctx, info, types, direction, kinds, first == null ? LIMIT : inRange('first', first, 1, LIMIT), parent.asOf),
      within: within ?? false,
    });

/** The first relationship that fits (they come ordered by type and name), or null. */
export const oneRelation =
  ({ types, direction, kinds }: RelationField): OneRelationResolver =>
  async (parent, _args, ctx, info) =>
    (await loadRelations(ctx, parent.id, relationSpec(ctx, info, types, direction, kinds, 1, parent.asOf)))[0] ?? null;
