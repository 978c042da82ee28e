import type { GraphQLResolveInfo } from 'graphql';
import type { RelationSpec } from '../../data/relations.js';
import { ENTITY_KIND_DECLARATIONS, type KindField, type RelationField } from '../../model/entity-kinds.js';
import { ENTITY_KIND_NAMES, type EntityKind, type RelationshipType } from '../../model/vocabulary.js';
import type { GraphQLContext } from '../context.js';
import { selectedRelatedFactsSpec } from '../entity-facts.js';
import { loadRelations } from '../entity-loaders.js';
import { inRange } from '../inputs.js';
import { selects } from '../lookahead.js';
import { selectedEntityProjection } from '../projection.js';
import type { EntityShape, RelationShape } from '../shapes.js';

// Each kind's typed relationship fields: the relationships its declaration (src/model/entity-kinds.ts) says they follow.

type Direction = RelationSpec['direction'];
type FieldResolver = (
  parent: EntityShape,
  args: { first?: number | null },
  ctx: GraphQLContext,
  info: GraphQLResolveInfo,
) => Promise<RelationShape[] | RelationShape | null>;

/** A hub has thousands of relationships: a list field answers this many at most. */
const LIMIT = 200;

/**
 * What to fetch for a relation field: the relationships, and of the related entities and evidence
 * only what the query shows, with the related entities' facts when the query asks for them too.
 */
export const relationSpec = (
  ctx: GraphQLContext,
  info: GraphQLResolveInfo,
  types: readonly RelationshipType[],
  direction: Direction,
  kinds: readonly EntityKind[] | null,
  limit: number,
): RelationSpec => ({
  types,
  direction,
  kinds,
  limit,
  projection: selectedEntityProjection(ctx, info),
  withEvidence: selects(ctx, info, 'evidence'),
  nodeFacts: selectedRelatedFactsSpec(ctx, info),
});

/** The entity's relationships that fit the spec, the first `first` of them (200 at most). */
const many =
  ({ types, direction, kinds }: RelationField): FieldResolver =>
  (parent, { first }, ctx, info) =>
    loadRelations(ctx, parent.id, relationSpec(ctx, info, types, direction, kinds, first == null ? LIMIT : inRange('first', first, 1, LIMIT)));

/** The first relationship that fits (they come ordered by type and name), or null. */
const one =
  ({ types, direction, kinds }: RelationField): FieldResolver =>
  async (parent, _args, ctx, info) =>
    (await loadRelations(ctx, parent.id, relationSpec(ctx, info, types, direction, kinds, 1)))[0] ?? null;

/** Each kind's typed relationship fields, from the relations its declaration names. */
export const RELATION_FIELDS = Object.fromEntries(
  ENTITY_KIND_NAMES.map((kind) => [
    kind,
    Object.fromEntries(
      Object.entries(ENTITY_KIND_DECLARATIONS[kind].fields as Record<string, KindField>).flatMap(([name, field]) =>
        field.field === 'relation' ? [[name, field.one ? one(field) : many(field)]] : [],
      ),
    ),
  ]),
) as Record<EntityKind, Record<string, FieldResolver>>;
