import type { GraphQLResolveInfo } from 'graphql';
import { ENTITY_KIND_DECLARATIONS } from '../../model/entity-kinds.js';
import { allowListed, ENTITY_KIND_NAMES, RELATIONSHIP_TYPE_NAMES, type EntityKind } from '../../model/vocabulary.js';
import type { GraphQLContext } from '../context.js';
import { loadEntityWithSelectedFacts } from '../entity-facts.js';
import { loadRelations } from '../entity-loaders.js';
import type { EntityRelationshipsArgs, ResolverFn, Resolvers } from '../generated/resolvers.js';
import { badInput, graphId, inRange } from '../inputs.js';
import { isoDay } from '../scalars.js';
import { onEveryKind } from '../kind-fields.js';
import type { EntityShape, EntityPageShape, RelationShape } from '../shapes.js';
import { loadEvidence } from '../source-loaders.js';
import { declaredResolvers, type DeclaredResolvers } from './declared-fields.js';
import { relationSpec } from './entity-relations.js';
import { listEntities, type ListArgs } from './entity-lists.js';
import { loadNode, nodeType } from './nodes.js';

const MAX_NODES = 100;

async function entityOfKind(
  ctx: GraphQLContext,
  id: string,
  label: EntityKind,
  info: GraphQLResolveInfo,
  asOf?: string,
): Promise<EntityShape | null> {
  const entityId = graphId('id', id);
  const entity = await loadEntityWithSelectedFacts(ctx, entityId, info, asOf);
  return entity?.label === label ? entity : null;
}

type Declarations = typeof ENTITY_KIND_DECLARATIONS;
/** place(id), places(…), person(id), people(…), …: one entity by id and a page of them, for each declared kind. */
type KindQueries = {
  [F in Declarations[EntityKind]['single']]?: ResolverFn<EntityShape | null, unknown, GraphQLContext, { id: string; asOf?: Date | null }>;
} & {
  [F in Declarations[EntityKind]['plural']]?: ResolverFn<EntityPageShape, unknown, GraphQLContext, ListArgs>;
};
const kindQueries: KindQueries = {};
for (const kind of ENTITY_KIND_NAMES) {
  const { single, plural } = ENTITY_KIND_DECLARATIONS[kind];
  kindQueries[single] = (_root, { id, asOf }, ctx, info) => entityOfKind(ctx, id, kind, info, isoDay(asOf));
  kindQueries[plural] = (_root, args, ctx, info) => listEntities(ctx, kind, args, info);
}

const MAX_RELATIONSHIPS = 200;

/** Fields every entity type shares, apart from the evidence and fact fields of the documents and facts modules. */
const entityFields = {
  relationships: (
    parent: EntityShape,
    args: EntityRelationshipsArgs,
    ctx: GraphQLContext,
    info: GraphQLResolveInfo,
  ): Promise<RelationShape[]> => {
    const limit = inRange('first', args.first ?? 100, 1, MAX_RELATIONSHIPS);
    const types = args.types?.length ? args.types : RELATIONSHIP_TYPE_NAMES;
    return loadRelations(ctx, parent.id, relationSpec(ctx, info, types, args.direction ?? 'BOTH', null, limit, parent.asOf));
  },
  degree: (parent: EntityShape) => Number(parent.degree ?? 0),
};

/** Each kind's type: the fields above, and those its declaration adds, each with the type its declaration implies. */
const kindTypes: { [K in EntityKind]?: typeof entityFields & DeclaredResolvers<K> } = {};
// Generic, so that each kind's entry is typed by its own declaration rather than by every kind's at once.
const addKindType = <K extends EntityKind>(kind: K) => {
  kindTypes[kind] = { ...entityFields, ...declaredResolvers(kind) };
};
for (const kind of ENTITY_KIND_NAMES) addKindType(kind);

const connectionTotal = { totalCount: (parent: EntityPageShape) => parent.totalCount() };

/** A relationship's quotes: fetched with it when the query showed them up front, otherwise by id. */
const relationEvidence = {
  evidence: async (relation: RelationShape, _args: unknown, ctx: GraphQLContext) =>
    relation.evidence ?? (await Promise.all(relation.evidenceIds.map((id) => loadEvidence(ctx, id)))).filter((e) => e !== null),
};

export const entityResolvers = {
  Query: {
    node: (_root, { id }, ctx, info) => loadNode(ctx, 'id', id, info),
    nodes: (_root, { ids }, ctx, info) => {
      if (ids.length > MAX_NODES) throw badInput('ids', `at most ${MAX_NODES} ids, got ${ids.length}`);
      return Promise.all(ids.map((id, i) => loadNode(ctx, `ids[${i}]`, id, info)));
    },
    ...kindQueries,
  },
  Entity: { __resolveType: (e) => allowListed(e.label, ENTITY_KIND_NAMES) },
  Node: { __resolveType: nodeType },
  ...kindTypes,
  ...onEveryKind((kind) => `${kind}Relation`, relationEvidence),
  Relationship: relationEvidence,
  Affiliation: { ...relationEvidence, organization: (parent) => parent.node },
  ...onEveryKind((kind) => `${kind}Connection`, connectionTotal),
} satisfies Resolvers;
