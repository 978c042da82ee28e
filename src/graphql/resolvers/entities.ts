import type { GraphQLResolveInfo } from 'graphql';
import { RELATIONSHIP_TYPE_NAMES, type EntityKind, type RelationshipType } from '../../model/vocabulary.js';
import type { GraphQLContext } from '../context.js';
import { loadEntityWithSelectedFacts } from '../entity-facts.js';
import { loadRelations } from '../entity-loaders.js';
import type { QueryResolvers, Resolvers } from '../generated/resolvers.js';
import { badInput, graphId, inRange } from '../inputs.js';
import type { EntityShape, EntityPageShape, RelationShape } from '../shapes.js';
import { QUERY_FIELDS } from '../kind-fields.js';
import { loadEvidence } from '../source-loaders.js';
import { RELATION_FIELDS, relationSpec } from './entity-relations.js';
import { listEntities, type ListArgs } from './entity-lists.js';
import { loadNode, nodeType } from './nodes.js';

const MAX_NODES = 100;

async function entityOfKind(ctx: GraphQLContext, id: string, label: EntityKind, info: GraphQLResolveInfo): Promise<EntityShape | null> {
  const entityId = graphId('id', id);
  const entity = await loadEntityWithSelectedFacts(ctx, entityId, info);
  return entity?.label === label ? entity : null;
}

/** place(id), places(…), person(id), people(…), …: built from the kind table, hence typed by hand here. */
const kindQueries: Record<string, unknown> = {};
for (const [label, [single, list]] of Object.entries(QUERY_FIELDS) as [EntityKind, [string, string]][]) {
  kindQueries[single] = (_: unknown, { id }: { id: string }, ctx: GraphQLContext, info: GraphQLResolveInfo) => entityOfKind(ctx, id, label, info);
  kindQueries[list] = (_: unknown, args: ListArgs, ctx: GraphQLContext, info: GraphQLResolveInfo) => listEntities(ctx, label, args, info);
}

const MAX_RELATIONSHIPS = 200;

/** Fields every entity type shares, apart from the evidence and fact fields of the documents and facts modules. */
const entityFields = {
  relationships: (
    parent: EntityShape,
    args: { types?: RelationshipType[] | null; direction?: 'OUTGOING' | 'INCOMING' | 'BOTH' | null; first?: number | null },
    ctx: GraphQLContext,
    info: GraphQLResolveInfo,
  ): Promise<RelationShape[]> => {
    const limit = inRange('first', args.first ?? 100, 1, MAX_RELATIONSHIPS);
    const types = args.types?.length ? args.types : RELATIONSHIP_TYPE_NAMES;
    return loadRelations(ctx, parent.id, relationSpec(ctx, info, types, args.direction ?? 'BOTH', null, limit));
  },
  degree: (parent: EntityShape) => Number(parent.degree ?? 0),
};

const typeResolvers = Object.fromEntries(
  (Object.keys(QUERY_FIELDS) as EntityKind[]).map((label) => [label, { ...entityFields, ...RELATION_FIELDS[label] }]),
);

const connectionTotal = { totalCount: (parent: EntityPageShape) => parent.totalCount() };

/** A relationship's quotes: fetched with it when the query showed them up front, otherwise by id. */
const relationEvidence = {
  evidence: async (relation: RelationShape, _args: unknown, ctx: GraphQLContext) =>
    relation.evidence ?? (await Promise.all(relation.evidenceIds.map((id) => loadEvidence(ctx, id)))).filter((e) => e !== null),
};
const RELATION_TYPES = [...(Object.keys(QUERY_FIELDS) as EntityKind[]).map((label) => `${label}Relation`), 'Relationship'];

export const entityResolvers: Resolvers = {
  Query: {
    node: (_root, { id }, ctx, info) => loadNode(ctx, 'id', id, info),
    nodes: (_root, { ids }, ctx, info) => {
      if (ids.length > MAX_NODES) throw badInput('ids', `at most ${MAX_NODES} ids, got ${ids.length}`);
      return Promise.all(ids.map((id, i) => loadNode(ctx, `ids[${i}]`, id, info)));
    },
    ...(kindQueries as QueryResolvers),
  },
  Entity: { __resolveType: (e) => e.label as EntityKind },
  Node: { __resolveType: nodeType },
  ...(typeResolvers as Resolvers),
  ...(Object.fromEntries(RELATION_TYPES.map((type) => [type, relationEvidence])) as Resolvers),
  Affiliation: { ...relationEvidence, organization: (parent) => parent.node },
  ...(Object.fromEntries((Object.keys(QUERY_FIELDS) as EntityKind[]).map((label) => [`${label}Connection`, connectionTotal])) as Resolvers),
};
