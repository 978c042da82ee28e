import type { GraphQLResolveInfo } from 'graphql';
import { entityList, SORT_PROPERTIES, type EntityListQuery } from '../../data/entities.js';
import type { EntityProperty } from '../../data/projection.js';
import { ENTITY_KIND_DECLARATIONS, type KindFilter } from '../../model/entity-kinds.js';
import type { EntityKind } from '../../model/vocabulary.js';
import type { GraphQLContext } from '../context.js';
import { fromEnum } from '../enums.js';
import type { QueryResolvers, ResolverFn } from '../generated/resolvers.js';
import { graphId, text } from '../inputs.js';
import { isoDay } from '../scalars.js';
import { pageRequest, readList, toPage } from '../pagination.js';
import { selectedEntityProjection } from '../projection.js';
import { entityRecordAsOf } from '../records.js';
import type { EntityPageShape, EntityShape } from '../shapes.js';

// The per-kind list queries (places, people, …): filter arguments to one list query shape.

type ArgsOf<R> = R extends ResolverFn<infer _Result, infer _Parent, infer _Context, infer Args> ? Args : never;
type ListQueryOf<K extends EntityKind> = (typeof ENTITY_KIND_DECLARATIONS)[K]['plural'];

/** A kind's list arguments, as generated from the SDL: Partial<QueryPlacesArgs> for Place, … */
export type KindListArgs<K extends EntityKind> = ArgsOf<QueryResolvers[ListQueryOf<K>]>;
/** Any kind's list arguments; their `filter` is a PlaceFilter, a PersonFilter, …, their `orderBy` a PlaceOrder, … */
export type ListArgs = { [K in EntityKind]: KindListArgs<K> }[EntityKind];
type OrderField = NonNullable<ListArgs['orderBy']>['field'];
/** A filter argument's value: an ID, a date or a list of enum values (the filter inputs must be assignable to this). */
type FilterValue = string | readonly string[];

/** The order fields of lists (NAME, DEGREE, and each kind's, e.g. ISSUED_ON) to the stored properties they sort by. */
const SORT_PROPERTY_OF = new Map(SORT_PROPERTIES.map((property) => [property.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase(), property]));

function sortProperty(field: OrderField): EntityProperty {
  const property = SORT_PROPERTY_OF.get(field);
  // The SDL's order enums list exactly the declared sort properties, so validation has refused any other field.
  if (!property) throw new Error(`No sort property for the order field ${field}`);
  return property;
}

/** A filter argument as the list query's condition, by what the kind's declaration says the filter is. */
function applyFilter(query: EntityListQuery, filter: KindFilter, argument: string, value: FilterValue): void {
  switch (filter.filter) {
    case 'enum':
      // GraphQL passes a list argument as a list, even one given as a single value.
      query.enumFilter = { property: filter.property, values: [value].flat().map(fromEnum) };
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
    order: { property: sortProperty(args.orderBy?.field ?? 'NAME'), descending: args.orderBy?.direction === 'DESC' },
  };
  const filter: Readonly<Partial<Record<string, FilterValue | null>>> = args.filter ?? {};
  if (args.asOf) query.asOf = isoDay(args.asOf);
  if (args.filter?.nameContains != null) query.nameContains = text('filter.nameContains', args.filter.nameContains);
  // The SDL's filter input lists exactly the declared filters, in their order, after nameContains.
  for (const [name, declared] of Object.entries(ENTITY_KIND_DECLARATIONS[label].filters)) {
    const value = filter[name];
    if (value !== null && value !== undefined) applyFilter(query, declared, `filter.${name}`, value);
  }
  return query;
}

/** One page of a kind's entities, with a total counted only when asked for (then in the page's statement). */
export async function listEntities(
  ctx: GraphQLContext,
  label: EntityKind,
  args: ListArgs,
  info: GraphQLResolveInfo,
): Promise<EntityPageShape> {
  const req = pageRequest(args);
  const query = listQuery(label, args);
  const { rows, count } = await readList(ctx, info, entityList(query, req, selectedEntityProjection(ctx, info)), `list:${label}`);
  const sortKey = query.order.property;
  return toPage(
    req,
    rows.map((row) => entityRecordAsOf(row, query.asOf)),
    // Sort properties are stored as strings (names, partial dates) or numbers (degree).
    (e: EntityShape) => ({ value: (e[sortKey] as string | number | null | undefined) ?? null, id: e.id }),
    count,
  );
}
