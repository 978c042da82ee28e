import type { FactSelection } from '../data/facts.js';
import { optionalEntityId } from './analytics/subjects.js';
import type { GraphQLContext } from './context.js';
import { storedKinds } from './entity-facts.js';
import { fromEnum } from './enums.js';
import type { DateRange, FactFilter, FloatRange } from './generated/resolvers.js';
import { badInput, optionalGraphId, text } from './inputs.js';
import { isoDay } from './scalars.js';

// A FactFilter argument, checked, in the data layer's terms: what `facts` and `factAggregate` share.

/** A date range as full-date strings; `from` after `to` is refused, naming the argument. */
export function dayRange(argument: string, range: DateRange | null | undefined): { from?: string; to?: string } | undefined {
  if (!range) return undefined;
  const days = { from: isoDay(range.from), to: isoDay(range.to) };
  if (days.from && days.to && days.from > days.to) throw badInput(argument, `from (${days.from}) is after to (${days.to})`);
  return days;
}

/** A number range; `min` above `max` is refused, naming the argument. */
function numberRange(argument: string, range: FloatRange | null | undefined): { min?: number; max?: number } | undefined {
  if (!range) return undefined;
  const bounds = { min: range.min ?? undefined, max: range.max ?? undefined };
  if (bounds.min !== undefined && bounds.max !== undefined && bounds.min > bounds.max)
    throw badInput(argument, `min (${bounds.min}) is more than max (${bounds.max})`);
  return bounds;
}

/** The facts a filter selects; `argument` is the filter's name, for errors (`filter.value`, …). */
export async function factSelection(
  ctx: GraphQLContext,
  filter: FactFilter | null | undefined,
  argument = 'filter',
): Promise<FactSelection> {
  const named = (field: string) => `${argument}.${field}`;
  // Every synchronous check first, so that a bad argument costs no name lookup.
  const selection: FactSelection = {
    subjectRole: filter?.subjectRole ? fromEnum(filter.subjectRole) : undefined,
    kinds: storedKinds(filter?.kinds),
    metric: filter?.metric ?? undefined,
    periodOverlaps: dayRange(named('periodOverlaps'), filter?.periodOverlaps),
    periodWithin: dayRange(named('periodWithin'), filter?.periodWithin),
    value: numberRange(named('value'), filter?.value),
    document: optionalGraphId(named('document'), filter?.document),
    statedBy: optionalGraphId(named('statedBy'), filter?.statedBy),
    statementContains: filter?.statementContains == null ? undefined : text(named('statementContains'), filter.statementContains),
  };
  return { ...selection, subject: await optionalEntityId(ctx, named('subject'), filter?.subject) };
}
