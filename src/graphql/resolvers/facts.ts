import type { GraphQLResolveInfo } from 'graphql';
import { factList, type FACT_SORTS, type FactListQuery } from '../../data/facts.js';
import type { FactListField } from '../../model/entity-kinds.js';
import type { GraphQLContext } from '../context.js';
import { toEnum } from '../enums.js';
import type { FactOrderField, FactPreference, QueryFactsArgs, ResolverFn, Resolvers } from '../generated/resolvers.js';
import { graphId } from '../inputs.js';
import { factSelection } from '../fact-filter.js';
import { onEveryKind } from '../kind-fields.js';
import { isoDay } from '../scalars.js';
import { pageRequest, readList, toPage } from '../pagination.js';
import { factRecord } from '../records.js';
import type { EntityShape, FactPageShape, FactShape } from '../shapes.js';
import { loadEvidenceOf, loadFact, loadFactSubjects, loadStanding, loadStatedBy } from '../source-loaders.js';
import { preferenceReason } from '../../data/fact-standing.js';
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
async function listQuery(ctx: GraphQLContext, { filter, orderBy, asOf }: QueryFactsArgs): Promise<FactListQuery> {
  return {
    ...(await factSelection(ctx, filter)),
    asOf: isoDay(asOf),
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
    loadEntityFacts(ctx, entity.id, entityFactSpec(args, shownOfSelectedFacts(ctx, info), entity.asOf)),
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
      // An entity read as of a day lists its statements, goals and results known by then.
      asOf: entity.asOf ?? null,
      limit: first ?? KIND_FACTS_LIMIT,
      ...shownOfSelectedFacts(ctx, info),
    });

/** Facts by id, those still there, the first `first` of them (its range is checked by @listSize before this runs). */
const factsByIdList = async (ctx: GraphQLContext, ids: string[], first: number) =>
  (await Promise.all(ids.slice(0, first).map((id) => loadFact(ctx, id)))).filter((f) => f !== null);

/** A fact's standing among facts that give the same or another value for the same thing (data/fact-standing.ts). */
const standingFields = {
  conflicts: async (fact: FactShape, { first }: { first: number }, ctx: GraphQLContext) =>
    factsByIdList(
      ctx,
      (await loadStanding(ctx, fact.id)).conflicts.map((c) => c.id),
      first,
    ),
  agreements: async (fact: FactShape, { first }: { first: number }, ctx: GraphQLContext) =>
    factsByIdList(ctx, (await loadStanding(ctx, fact.id)).agreements, first),
  preference: async (fact: FactShape, _args: unknown, ctx: GraphQLContext) =>
    toEnum((await loadStanding(ctx, fact.id)).preference) as FactPreference,
  preferenceReason: async (fact: FactShape, _args: unknown, ctx: GraphQLContext) => preferenceReason(await loadStanding(ctx, fact.id)),
};

export const factsResolvers = {
  Query: {
    fact: (_root, { id, asOf }, ctx) => loadFact(ctx, graphId('id', id), isoDay(asOf)),
    facts: (_root, args, ctx, info) => listFacts(ctx, args, info),
  },
  Fact: {
    subjects: (fact, _args, ctx) => loadFactSubjects(ctx, fact.id),
    statedBy: (fact, _args, ctx) => loadStatedBy(ctx, fact.id),
    evidence: (fact, _args, ctx) => fact.evidence ?? loadEvidenceOf(ctx, 'fact', fact.id),
    ...standingFields,
  },
  FactConnection: { totalCount: (page) => page.totalCount() },
  ...onEveryKind((kind) => kind, entityFactFields),
} satisfies Resolvers;
