import type { GraphQLResolveInfo } from 'graphql';
import type { RelationSpec } from '../../data/relations.js';
import type { EntityKind, RelationshipType } from '../../model/vocabulary.js';
import type { GraphQLContext } from '../context.js';
import { selectedRelatedFactsSpec } from '../entity-facts.js';
import { loadRelations } from '../entity-loaders.js';
import { inRange } from '../inputs.js';
import { selects } from '../lookahead.js';
import { selectedEntityProjection } from '../projection.js';
import type { EntityShape, RelationShape } from '../shapes.js';

// Each kind's typed relationship fields, declared as which relationships they follow.

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
  (types: RelationshipType[], direction: Direction, kinds: EntityKind[] | null = null): FieldResolver =>
  (parent, { first }, ctx, info) =>
    loadRelations(ctx, parent.id, relationSpec(ctx, info, types, direction, kinds, first == null ? LIMIT : inRange('first', first, 1, LIMIT)));

/** The first relationship that fits (they come ordered by type and name), or null. */
const one =
  (types: RelationshipType[], direction: Direction, kinds: EntityKind[] | null = null): FieldResolver =>
  async (parent, _args, ctx, info) =>
    (await loadRelations(ctx, parent.id, relationSpec(ctx, info, types, direction, kinds, 1)))[0] ?? null;

export const RELATION_FIELDS: Record<EntityKind, Record<string, FieldResolver>> = {
  Place: {
    parent: one(['LOCATED_IN'], 'OUTGOING', ['Place']),
    children: many(['LOCATED_IN'], 'INCOMING', ['Place']),
    policies: many(['APPLIES_TO', 'ISSUED'], 'BOTH', ['Policy']),
    bases: many(['LOCATED_IN'], 'INCOMING', ['Base']),
    organizations: many(['LOCATED_IN'], 'INCOMING', ['Organization']),
    events: many(['HOSTS', 'ORGANIZED'], 'OUTGOING', ['Event']),
  },
  Person: {
    affiliations: many(['AFFILIATED_WITH'], 'OUTGOING'),
    events: many(['PARTICIPATED_IN'], 'OUTGOING', ['Event']),
  },
  Organization: {
    parentOrganization: one(['PART_OF'], 'OUTGOING', ['Organization']),
    units: many(['PART_OF'], 'INCOMING', ['Organization']),
    location: one(['LOCATED_IN'], 'OUTGOING', ['Place']),
    members: many(['AFFILIATED_WITH'], 'INCOMING', ['Person']),
    issuedPolicies: many(['ISSUED'], 'OUTGOING', ['Policy']),
    operates: many(['OPERATES'], 'OUTGOING'),
    publishedReports: many(['PUBLISHED'], 'OUTGOING', ['Report']),
    events: many(['ORGANIZED', 'PARTICIPATED_IN'], 'OUTGOING', ['Event']),
    cooperation: many(['SUPPORTS', 'PARTNERS_WITH'], 'BOTH'),
  },
  Platform: {
    operator: one(['OPERATES'], 'INCOMING'),
    operators: many(['OPERATES'], 'INCOMING'),
    occupations: many(['GAVE_RISE_TO'], 'OUTGOING', ['Occupation']),
    events: many(['HOSTS', 'PARTICIPATED_IN'], 'OUTGOING', ['Event']),
  },
  Base: {
    location: one(['LOCATED_IN'], 'OUTGOING', ['Place']),
    operators: many(['OPERATES'], 'INCOMING'),
    members: many(['AFFILIATED_WITH'], 'INCOMING', ['Person']),
    occupations: many(['GAVE_RISE_TO'], 'OUTGOING', ['Occupation']),
    events: many(['HOSTS'], 'OUTGOING', ['Event']),
  },
  Occupation: {
    parent: one(['SUBTYPE_OF'], 'OUTGOING', ['Occupation']),
    children: many(['SUBTYPE_OF'], 'INCOMING', ['Occupation']),
    originatedFrom: many(['GAVE_RISE_TO'], 'INCOMING'),
  },
  Policy: {
    issuer: one(['ISSUED'], 'INCOMING'),
    issuers: many(['ISSUED'], 'INCOMING'),
    appliesTo: many(['APPLIES_TO'], 'OUTGOING', ['Place']),
    references: many(['MENTIONS', 'SUPPORTS'], 'OUTGOING'),
  },
  Event: {
    hosts: many(['HOSTS'], 'INCOMING'),
    organizers: many(['ORGANIZED'], 'INCOMING'),
    participants: many(['PARTICIPATED_IN'], 'INCOMING'),
  },
  Report: {
    publishers: many(['PUBLISHED'], 'INCOMING'),
    references: many(['MENTIONS'], 'OUTGOING'),
  },
};
