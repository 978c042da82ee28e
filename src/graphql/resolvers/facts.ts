import type { GraphQLResolveInfo } from 'graphql';
import { factList, type FACT_SORTS, type FactListQuery } from '../../data/facts.js';
import type { FactListField } from '../../model/entity-kinds.js';
import type { GraphQLContext } from '../context.js';
import type { FactOrderField, QueryFactsArgs, ResolverFn, Resolvers } from '../generated/resolvers.js';
import { graphId } from '../inputs.js';
import { factSelection } from '../fact-filter.js';
import { onEveryKind } from '../kind-fields.js';
import { pageRequest, readList, toPage } from '../pagination.js';
import { factRecord } from '../records.js';
import type { EntityShape, FactPageShape, FactShape } from '../shapes.js';
import { loadEvidenceOf, loadFact, loadFactSubjects, loadStatedBy } from '../source-loaders.js';
import { entityFactSpec, shownOfSelectedFacts, type EntityFactsArgs } from '../entity-facts.js';
import { loadEntityFacts } from '../fact-loaders.js';

type Sort = keyof typeof FACT_SORTS;

const ORDER_FIELDS: Record<FactOrderField, Sort> = { VALUE: 'value', PERIOD_START: 'periodStart', PERIOD_END: 'periodEnd', ID: 'id' };

/** A fact's sort value, as its cursor carries it (dates as YYYY-MM-DD strings). */
const SORT_VALUES: Record<Sort, (f: FactShape) => string | number | null> = {
  value: (f) => f.value,
  periodStart: (f) => f.period?.start ?? null,
  periodEnd: (f) => f.period?.end ?? null,
  id: (f) => f.id,
};

/** The filter and order arguments of `facts`, checked, in the data layer's terms. */
async function listQuery(ctx: GraphQLContext, { filter, orderBy }: QueryFactsArgs): Promise<FactListQuery> {
  return {
    ...(await factSelection(ctx, filter)),
    // Newest period first when no order is given; a given order is ascending unless it says otherwise.
    order: orderBy
      ? { sort: ORDER_FIELDS[orderBy.field], descending: orderBy.direction === 'DESC' }
      : { sort: 'periodStart', descending: true },
  };
}

/** One page of facts, with a total counted only when asked for. */
async function listFacts(ctx: GraphQLContext, args: QueryFactsArgs, info: GraphQLResolveInfo): Promise<FactPageShape> {
  const req = pageRequest(args);
  const query = await listQuery(ctx, args);
  const { rows, count } = await readList(ctx, info, factList(query, req), 'facts');
  const sortValue = SORT_VALUES[query.order.sort];
  return toPage(req, rows.map(factRecord), (f) => ({ value: sortValue(f), id: f.id }), count);
}

/** The kind-specific fact lists (statements, goals, results) are not paginated; this bounds them. */
const KIND_FACTS_LIMIT = 200;

/** A kind's fact list (`Person.statements(first:)`, …), as the generated resolver types have it. */
export type FactListResolver = ResolverFn<FactShape[], EntityShape, GraphQLContext, { first?: number | null }>;

/** Fields of every entity type: the facts about it, narrowed by the arguments. */
const entityFactFields = {
  facts: (entity: EntityShape, args: EntityFactsArgs, ctx: GraphQLContext, info: GraphQLResolveInfo) =>
    loadEntityFacts(ctx, entity.id, entityFactSpec(args, shownOfSelectedFacts(ctx, info))),
};

/** A kind-specific fact list: one fixed selection of the entity's facts, the first `first` of them (declared-fields.ts puts them on the kinds' types). */
export const kindFactList =
  ({ relationship, kinds }: FactListField): FactListResolver =>
  (entity, { first }, ctx, info) =>
    loadEntityFacts(ctx, entity.id, {
      relationship,
      kinds,
      metric: null,
      role: null,
      limit: first ?? KIND_FACTS_LIMIT,
      ...shownOfSelectedFacts(ctx, info),
    });

export const factsResolvers = {
  Query: {
    fact: (_root, { id }, ctx) => loadFact(ctx, graphId('id', id)),
    facts: (_root, args, ctx, info) => listFacts(ctx, args, info),
  },
  Fact: {
    subjects: (fact, _args, ctx) => loadFactSubjects(ctx, fact.id),
    statedBy: (fact, _args, ctx) => loadStatedBy(ctx, fact.id),
    evidence: (fact, _args, ctx) => fact.evidence ?? loadEvidenceOf(ctx, 'fact', fact.id),
  },
  FactConnection: { totalCount: (page) => page.totalCount() },
  ...onEveryKind((kind) => kind, entityFactFields),
} satisfies Resolvers;
