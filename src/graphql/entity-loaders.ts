import { entitiesByIds } from '../data/entities.js';
import { projectionKey, type EntityProjection } from '../data/projection.js';
import { relationsOf, type RelationSpec } from '../data/relations.js';
import type { GraphQLContext } from './context.js';
import { queryOptions } from './query-options.js';
import { entityRecord, relationRecord } from './records.js';
import type { EntityShape, RelationShape } from './shapes.js';

/** An entity by id with the projected properties, through this request's batching loader; null when no entity has the id. */
export function loadEntity(ctx: GraphQLContext, id: string, projection: EntityProjection): Promise<EntityShape | null> {
  return ctx.loaders
    .get<EntityShape | null>(
      `entity:${projectionKey(projection)}`,
      async (ids) => new Map([...(await entitiesByIds(ctx.db, ids, projection, queryOptions(ctx, 'entity')))].map(([k, row]) => [k, entityRecord(row)])),
      null,
    )
    .load(id);
}

/** An entity's relationships of one kind of selection, batched with every other entity asking the same. */
export function loadRelations(ctx: GraphQLContext, id: string, spec: RelationSpec): Promise<RelationShape[]> {
  const name = `relations:${spec.types.join('|')}:${spec.direction}:${spec.kinds?.join('|') ?? '*'}:${spec.limit}:${projectionKey(spec.projection)}:${spec.withEvidence}`;
  return ctx.loaders
    .get<RelationShape[]>(
      name,
      async (ids) => new Map([...(await relationsOf(ctx.db, ids, spec, queryOptions(ctx, 'relations')))].map(([k, rows]) => [k, rows.map(relationRecord)])),
      [],
    )
    .load(id);
}
