import type { SeriesRow } from '../../data/analytics/series.js';
import { entityRecord, factRecord } from '../records.js';
import type { FactShape, SeriesLineShape, SeriesPointShape } from '../shapes.js';

// The lines of a series from its rows: one per subject, unit and currency; one point per period,
// merging the facts that state a value for it. Pure, so that the merging rules are tested alone.

/** Code-point order, as Neo4j orders strings; null (no unit, no currency) first. */
const byText = (a: string | null, b: string | null) => ((a ?? '') < (b ?? '') ? -1 : (a ?? '') > (b ?? '') ? 1 : 0);

/** Groups items by a key, keeping the order in which keys first appear. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return [...groups.values()];
}

type Dated = { fact: FactShape; publishedOn: string | null };

/**
 * One period's facts as a point: the value of the fact from the most recently published document
 * (a date given to the year only counts as that year's start), the smallest fact id breaking a tie;
 * `conflicting` when the facts state different values.
 */
export function mergePoint(facts: readonly Dated[]): SeriesPointShape {
  const byId = [...facts].sort((a, b) => byText(a.fact.id, b.fact.id));
  const latest = byId.reduce((best, f) => (byText(f.publishedOn, best.publishedOn) > 0 ? f : best));
  return {
    period: latest.fact.period!,
    value: latest.fact.value!,
    conflicting: new Set(byId.map((f) => f.fact.value)).size > 1,
    facts: byId.map((f) => f.fact),
  };
}

/** The lines of the rows' subjects, in their order; within a subject by unit, then currency; points by period start, then end. */
export function seriesLines(rows: readonly SeriesRow[]): SeriesLineShape[] {
  return rows.flatMap((row) => {
    const subject = entityRecord(row.subject);
    const facts: Dated[] = row.facts.map((f) => ({ fact: factRecord(f.fact), publishedOn: f.publishedOn }));
    const lines = groupBy(facts, (f) => JSON.stringify([f.fact.unit, f.fact.currency])).map((line) => ({
      subject,
      unit: line[0]!.fact.unit,
      currency: line[0]!.fact.currency,
      points: groupBy(line, (f) => `${f.fact.period!.start}/${f.fact.period!.end}`)
        .map(mergePoint)
        .sort((a, b) => byText(a.period.start, b.period.start) || byText(a.period.end, b.period.end)),
    }));
    return lines.sort((a, b) => byText(a.unit, b.unit) || byText(a.currency, b.currency));
  });
}
