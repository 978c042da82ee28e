import type { GraphQLResolveInfo } from 'graphql';
import { aggregateFacts, type FactGrouping } from '../../data/analytics/aggregate.js';
import { metricList, metricsByKeys, subjectsOfMetrics } from '../../data/analytics/metrics.js';
import { seriesFacts, type SeriesProjection } from '../../data/analytics/series.js';
import { projectionKey } from '../../data/projection.js';
import { factGroupRecord, metricRecord } from '../analytics/records.js';
import { seriesLines } from '../analytics/series.js';
import { entityIdsOf, optionalEntityId } from '../analytics/subjects.js';
import type { GraphQLContext } from '../context.js';
import { shownOfFacts } from '../entity-facts.js';
import { dayRange, factSelection } from '../fact-filter.js';
import type { QueryFactAggregateArgs, QueryMetricsArgs, QuerySeriesArgs, Resolvers } from '../generated/resolvers.js';
import { badInput, inRange, text } from '../inputs.js';
import { loadEntity } from '../entity-loaders.js';
import { fieldNamed, selectionBelow, selectionsOf } from '../lookahead.js';
import { pageRequest, readList, toPage } from '../pagination.js';
import { selectedEntityProjection } from '../projection.js';
import { queryOptions } from '../query-options.js';
import { entityRecord } from '../records.js';
import type { FactGroupShape, MetricPageShape, MetricShape, SeriesLineShape } from '../shapes.js';
import { loadDocument } from '../source-loaders.js';

// Metrics, series and aggregates over facts: what researchers compare and count.

const MAX_SERIES_SUBJECTS = 20;
const MAX_GROUPS = 200;
const DEFAULT_GROUPS = 50;
const MAX_METRIC_SUBJECTS = 100;

/** One page of metrics by key. */
async function listMetrics(ctx: GraphQLContext, args: QueryMetricsArgs, info: GraphQLResolveInfo): Promise<MetricPageShape> {
  const req = pageRequest(args);
  const contains = args.contains == null ? undefined : text('contains', args.contains, 100).toLowerCase();
  const subject = await optionalEntityId(ctx, 'subject', args.subject);
  const { rows, count } = await readList(ctx, info, metricList({ contains, subject }, req), 'metrics');
  return toPage(req, rows.map(metricRecord), (m) => ({ value: m.key, id: m.key }), count);
}

/** A metric by key, or null when no fact uses it. */
async function oneMetric(ctx: GraphQLContext, key: string): Promise<MetricShape | null> {
  const found = await metricsByKeys(ctx.db, [text('key', key, 100)], queryOptions(ctx, 'metric'));
  const [row] = found.values();
  return row ? metricRecord(row) : null;
}

/** What a series shows of its subjects and its points' facts; the facts always bring what merging them needs. */
function seriesProjection(ctx: GraphQLContext, info: GraphQLResolveInfo): SeriesProjection {
  const selections = selectionsOf(ctx, info);
  const points = fieldNamed(selectionBelow(ctx, info), 'points');
  const factsField = points && fieldNamed(selections.below(points), 'facts');
  const shown = shownOfFacts(selections, factsField && selections.below(factsField));
  const needed = ['id', 'value', 'unit', 'currency', 'periodStart', 'periodEnd', 'periodLabel'] as const;
  const fact = shown.projection === 'all' ? 'all' : [...new Set([...shown.projection, ...needed])];
  return {
    subject: selectedEntityProjection(ctx, info),
    fact,
    withEvidence: shown.withEvidence,
    evidenceDocuments: shown.evidenceDocuments,
  };
}

/** A metric's lines for the named entities: one statement, and one more when some are named by name. */
async function series(ctx: GraphQLContext, args: QuerySeriesArgs, info: GraphQLResolveInfo): Promise<SeriesLineShape[]> {
  const metric = text('metric', args.metric, 100);
  if (args.subjects.length === 0) throw badInput('subjects', 'must name at least one entity');
  if (args.subjects.length > MAX_SERIES_SUBJECTS)
    throw badInput('subjects', `names at most ${MAX_SERIES_SUBJECTS} entities, got ${args.subjects.length}`);
  const range = dayRange('from', { from: args.from, to: args.to });
  const ids = await entityIdsOf(ctx, 'subjects', args.subjects);
  const subjects = [...new Set(ids.filter((id): id is string => id !== null))];
  if (subjects.length === 0) return [];
  const rows = await seriesFacts(
    ctx.db,
    { metric, subjects, from: range?.from ?? null, to: range?.to ?? null },
    seriesProjection(ctx, info),
    queryOptions(ctx, 'series'),
  );
  return seriesLines(rows);
}

const GROUPINGS: Record<QueryFactAggregateArgs['groupBy'], FactGrouping> = {
  SUBJECT: 'subject',
  YEAR: 'year',
  DOCUMENT: 'document',
  KIND: 'kind',
};

/** The groups of the facts a filter selects. */
async function factAggregate(ctx: GraphQLContext, args: QueryFactAggregateArgs): Promise<FactGroupShape[]> {
  const first = inRange('first', args.first ?? DEFAULT_GROUPS, 1, MAX_GROUPS);
  const grouping = GROUPINGS[args.groupBy];
  const selection = await factSelection(ctx, args.filter);
  const rows = await aggregateFacts(ctx.db, selection, grouping, first, queryOptions(ctx, 'factAggregate'));
  return rows.map((row) => factGroupRecord(grouping, row));
}

export const analyticsResolvers = {
  Query: {
    metrics: (_root, args, ctx, info) => listMetrics(ctx, args, info),
    metric: (_root, { key }, ctx) => oneMetric(ctx, key),
    series: (_root, args, ctx, info) => series(ctx, args, info),
    factAggregate: (_root, args, ctx) => factAggregate(ctx, args),
  },
  Metric: {
    subjects: (metric, { first }, ctx, info) => {
      const limit = inRange('first', first, 1, MAX_METRIC_SUBJECTS);
      const projection = selectedEntityProjection(ctx, info);
      return ctx.loaders
        .get(
          `metricSubjects:${limit}:${projectionKey(projection)}`,
          async (keys) =>
            new Map(
              [...(await subjectsOfMetrics(ctx.db, keys, limit, projection, queryOptions(ctx, 'metricSubjects')))].map(([key, rows]) => [
                key,
                rows.map(entityRecord),
              ]),
            ),
          [],
        )
        .load(metric.key);
    },
  },
  MetricConnection: { totalCount: (page) => page.totalCount() },
  FactGroup: {
    subject: (group, _args, ctx, info) => (group.subjectId ? loadEntity(ctx, group.subjectId, selectedEntityProjection(ctx, info)) : null),
    document: (group, _args, ctx) => (group.documentId ? loadDocument(ctx, group.documentId) : null),
  },
} satisfies Resolvers;
