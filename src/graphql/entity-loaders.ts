import { entitiesByIds } from '../data/entities.js';
import { projectionKey, type EntityProjection } from '../data/projection.js';
import { relationsOf, type RelationSpec } from '../data/relations.js';
import type { Row } from '../db/neo4j.js';
import type { GraphQLContext } from './context.js';
import { primeEntityFacts } from './fact-loaders.js';
import { queryOptions } from './query-options.js';
import { entityRecordAsOf, relationRecordAsOf } from './records.js';
import type { EntityShape, RelationShape } from './shapes.js';

/**
 * An entity by id with the projected properties, through this request's batching loader; null when no
 * entity has the id or, with `asOf`, when no document published by then names it (the record keeps
 * `asOf`, so that its fields answer as of that day too).
 */
export function loadEntity(ctx: GraphQLContext, id: string, projection: EntityProjection, asOf?: string): Promise<EntityShape | null> {
  return ctx.loaders
    .get<EntityShape | null>(
      `entity:${projectionKey(projection)}@${asOf ?? ''}`,
      async (ids) =>
        new Map(
          [...(await entitiesByIds(ctx.db, ids, projection, queryOptions(ctx, 'entity'), asOf))].map(([k, row]) => [
            k,
            entityRecordAsOf(row, asOf),
          ]),
        ),
      null,
    )
    .load(id);
}

/** An entity's relationships of one kind of selection, batched with every other entity asking the same. */
export function loadRelations(ctx: GraphQLContext, id: string, spec: RelationSpec): Promise<RelationShape[]> {
  // Every part of the spec changes the statement or its answer.
  const name = `relations:${JSON.stringify(spec)}`;
  return ctx.loaders
    .get<RelationShape[]>(
      name,
      async (ids) => {
        const found = await relationsOf(ctx.db, ids, spec, queryOptions(ctx, 'relations'));
        if (spec.nodeFacts)
          for (const row of [...found.values()].flat())
            primeEntityFacts(ctx, spec.nodeFacts, String((row.node as Row).id), row.facts as Row[]);
        // The related entities were read as of the same day: their own fields answer as of it too.
        return new Map([...found].map(([k, rows]) => [k, rows.map((row) => relationRecordAsOf(row, spec.asOf ?? undefined))]));
      },
      [],
    )
    .load(id);
}
