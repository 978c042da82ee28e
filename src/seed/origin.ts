import { z } from 'zod';
import { formatProblems } from './checks.js';
import { CURATOR_ORIGIN, SEED_ORIGIN } from './rows.js';

// An item's origin in a seed file (seeds/README.md, Origin): who wrote it, the seed files or a
// curator through the API. Absent means seed, so hand-written seeds need not say it.

export const Origin = z.enum([SEED_ORIGIN, CURATOR_ORIGIN]);
export type Origin = z.infer<typeof Origin>;

/** A seed item with the origin its file gives it. */
export type WithOrigin<T> = T & { origin?: Origin };

/**
 * Takes `origin` off a raw item, so that the item's own format (which the curator API shares,
 * and where a curator must not choose an origin) checks the rest.
 */
export function takeOrigin(raw: unknown): { rest: unknown; origin: Origin; problems: string[] } {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw) || !('origin' in raw)) {
    return { rest: raw, origin: SEED_ORIGIN, problems: [] };
  }
  const { origin, ...rest } = raw as Record<string, unknown>;
  const parsed = Origin.safeParse(origin);
  if (parsed.success) return { rest, origin: parsed.data, problems: [] };
  return { rest, origin: SEED_ORIGIN, problems: formatProblems(parsed.error).map((p) => `origin: ${p.problem}`) };
}
