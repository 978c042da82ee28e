import type { Row } from '../../db/neo4j.js';
import type { FactGrouping } from '../../data/analytics/aggregate.js';
import { toEnum } from '../enums.js';
import { num, str } from '../records.js';
import type { FactGroupShape, MetricShape } from '../shapes.js';

// Rows of the analytics statements to the shapes their resolvers pass around.

export function metricRecord(row: Row): MetricShape {
  return {
    key: String(row.key),
    description: str(row.description),
    units: [...((row.units as string[] | null) ?? [])].sort(),
    factCount: Number(row.factCount),
    subjectCount: Number(row.subjectCount),
    period: row.periodStart ? { start: String(row.periodStart), end: String(row.periodEnd), label: null } : null,
  };
}

/** A row of aggregateFacts(); its `group` is an entity or document id, a year or a kind, as `grouping` says. */
export function factGroupRecord(grouping: FactGrouping, row: Row): FactGroupShape {
  const group = row.group ?? null;
  return {
    key: String(row.key),
    subjectId: grouping === 'subject' ? String(group) : null,
    documentId: grouping === 'document' ? String(group) : null,
    year: grouping === 'year' ? num(group) : null,
    kind: grouping === 'kind' ? toEnum(group) : null,
    unit: str(row.unit),
    currency: str(row.currency),
    count: Number(row.count),
    min: num(row.min),
    max: num(row.max),
    sum: num(row.sum),
    avg: num(row.avg),
  };
}
