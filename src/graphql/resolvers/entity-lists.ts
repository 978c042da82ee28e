import type { GraphQLResolveInfo } from 'graphql';
import { entityList, type EntityListQuery, type ENUM_FILTER_PROPERTIES, type SORT_PROPERTIES } from '../../data/entities.js';
import type { EntityKind, RelationshipType } from '../../model/vocabulary.js';
import type { GraphQLContext } from '../context.js';
import { fromEnum } from '../enums.js';
import { graphId, text } from '../inputs.js';
import { pageRequest, readList, toPage, type PageArgs } from '../pagination.js';
import { selectedEntityProjection } from '../projection.js';
import { entityRecord } from '../records.js';
import type { EntityPageShape, EntityShape } from '../shapes.js';

// The per-kind list queries (places, people, …): filter arguments to one list query shape.

/** Filters that select by an enumerated property. */
const ENUM_FILTERS: Record<string, (typeof ENUM_FILTER_PROPERTIES)[number]> = {
  placeTypes: 'placeType',
  orgTypes: 'orgType',
  platformTypes: 'platformType',
  baseTypes: 'baseType',
  policyTypes: 'policyType',
};

/** Filters that select by a relationship to a given entity. */
const RELATED_FILTERS: Record<string, { type: RelationshipType; direction: 'OUTGOING' | 'INCOMING' }> = {
  affiliatedWith: { type: 'AFFILIATED_WITH', direction: 'OUTGOING' },
  issuedBy: { type: 'ISSUED', direction: 'INCOMING' },
  appliesTo: { type: 'APPLIES_TO', direction: 'OUTGOING' },
  hostedBy: { type: 'HOSTS', direction: 'INCOMING' },
  publishedBy: { type: 'PUBLISHED', direction: 'INCOMING' },
  parent: { type: 'SUBTYPE_OF', direction: 'OUTGOING' },
};

const ORDER_FIELDS: Record<string, (typeof SORT_PROPERTIES)[number]> = {
  NAME: 'name',
  DEGREE: 'degree',
  ISSUED_ON: 'issuedOn',
  PERIOD_START: 'periodStart',
  PUBLISHED_ON: 'publishedOn',
};

export interface ListArgs extends PageArgs {
  filter?: Record<string, unknown> | null;
  orderBy?: { field: string; direction: 'ASC' | 'DESC' } | null;
}

function listQuery(label: EntityKind, args: ListArgs): EntityListQuery {
  const query: EntityListQuery = {
    label,
    order: { property: ORDER_FIELDS[args.orderBy?.field ?? 'NAME']!, descending: args.orderBy?.direction === 'DESC' },
  };
  for (const [key, value] of Object.entries(args.filter ?? {})) {
    if (value === null || value === undefined) continue;
    const argument = `filter.${key}`;
    if (key === 'nameContains') query.nameContains = text(argument, String(value));
    else if (key === 'within') query.within = graphId(argument, String(value));
    else if (key === 'issuedFrom') query.issuedFrom = String(value);
    else if (key === 'issuedTo') query.issuedTo = String(value);
    else if (ENUM_FILTERS[key]) query.enumFilter = { property: ENUM_FILTERS[key], values: (value as string[]).map(fromEnum) };
    else if (RELATED_FILTERS[key]) query.related = { ...RELATED_FILTERS[key], id: graphId(argument, String(value)) };
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
