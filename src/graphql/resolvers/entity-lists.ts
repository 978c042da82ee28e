import type { GraphQLResolveInfo } from 'graphql';
import { entityList, SORT_PROPERTIES, type EntityListQuery } from '../../data/entities.js';
import { ENTITY_KIND_DECLARATIONS, type KindFilter } from '../../model/entity-kinds.js';
import type { EntityKind } from '../../model/vocabulary.js';
import type { GraphQLContext } from '../context.js';
import { fromEnum } from '../enums.js';
import { graphId, text } from '../inputs.js';
import { pageRequest, readList, toPage, type PageArgs } from '../pagination.js';
import { selectedEntityProjection } from '../projection.js';
import { entityRecord } from '../records.js';
import type { EntityPageShape, EntityShape } from '../shapes.js';

// The per-kind list queries (places, people, …): filter arguments to one list query shape.

export interface ListArgs extends PageArgs {
  filter?: Record<string, unknown> | null;
  orderBy?: { field: string; direction: 'ASC' | 'DESC' } | null;
}

/** The order fields of lists (NAME, DEGREE, and each kind's, e.g. ISSUED_ON) to the stored properties they sort by. */
const ORDER_FIELDS: Record<string, EntityListQuery['order']['property']> = Object.fromEntries(
  SORT_PROPERTIES.map((property) => [property.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase(), property]),
);

/** A filter argument as the list query's condition, by what the kind's declaration says the filter is. */
function applyFilter(query: EntityListQuery, filter: KindFilter, argument: string, value: unknown): void {
  switch (filter.filter) {
    case 'enum':
      query.enumFilter = { property: filter.property, values: (value as string[]).map(fromEnum) };
      return;
    case 'within':
      query.within = graphId(argument, String(value));
      return;
    case 'related':
      query.related = { type: filter.type, direction: filter.direction, id: graphId(argument, String(value)) };
      return;
    case 'date':
      query.dates = { ...query.dates, property: filter.property, [filter.bound]: String(value) };
  }
}

function listQuery(label: EntityKind, args: ListArgs): EntityListQuery {
  const query: EntityListQuery = {
    label,
    order: { property: ORDER_FIELDS[args.orderBy?.field ?? 'NAME']!, descending: args.orderBy?.direction === 'DESC' },
  };
  const filters: Readonly<Record<string, KindFilter>> = ENTITY_KIND_DECLARATIONS[label].filters;
  for (const [key, value] of Object.entries(args.filter ?? {})) {
    if (value === null || value === undefined) continue;
    const argument = `filter.${key}`;
    if (key === 'nameContains') query.nameContains = text(argument, String(value));
    // The SDL's filter input lists exactly the declared filters, so validation has refused any other key.
    else applyFilter(query, filters[key]!, argument, value);
  }
  return query;
}

/** One page of a kind's entities, with a total counted only when asked for (then in the page's statement). */
export async function listEntities(ctx: GraphQLContext, label: EntityKind, args: ListArgs, info: GraphQLResolveInfo): Promise<EntityPageShape> {
  const req = pageRequest(args);
  const query = listQuery(label, args);
  const { rows, count } = await readList(ctx, info, entityList(query, req, selectedEntityProjection(ctx, info)), `list:${label}`);
  const sortKey = query.order.property;
  return toPage(
    req,
    rows.map(entityRecord),
    (e: EntityShape) => ({ value: (e[sortKey] as string | number | null | undefined) ?? null, id: e.id }),
    count,
  );
}
