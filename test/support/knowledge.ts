import type { Fact } from '../../src/seed/format.js';
import { readValidSeeds } from '../../src/seed/seed.js';

// What the seed files say about conflicts and dates, worked out here from the files themselves, for
// the tests of conflicting values and as-of to compare the API's answers with.

const seed = readValidSeeds();

/** The last day a partial date (2024, 2024-06, 2024-11-28) stands for, as text: YYYY-MM-31 sorts after every day of its month. */
const lastDay = (on: string) => (on.length === 4 ? `${on}-12-31` : on.length === 7 ? `${on}-31` : on);

/** Whether a seed document was surely published by `day` (YYYY-MM-DD). */
export function publishedBy(documentId: string, day: string): boolean {
  const on = seed.documents.find((d) => d.id === documentId)!.publishedOn;
  return on !== null && lastDay(on) <= day;
}

const subjectsOf = (f: Fact) => JSON.stringify(f.subjects.map((s) => `${s.entity} ${s.role}`).sort());

/** The seed facts that measure what fact `f` measures: same kind, metric, unit and subjects, overlapping periods, both valued. */
function rivalsOf(f: Fact): Fact[] {
  return seed.facts.filter(
    (g) =>
      g.id !== f.id &&
      g.metric !== undefined &&
      g.metric === f.metric &&
      g.kind === f.kind &&
      g.unit === f.unit &&
      g.value !== undefined &&
      f.value !== undefined &&
      f.period !== undefined &&
      g.period !== undefined &&
      g.period.start <= f.period.end &&
      f.period.start <= g.period.end &&
      subjectsOf(g) === subjectsOf(f),
  );
}

/** The ids of the seed facts that give another value (`agree` false) or the same value for what fact `id` measures. */
export function rivalsInSeeds(id: string, agree: boolean): string[] {
  const f = seed.facts.find((x) => x.id === id)!;
  return rivalsOf(f)
    .filter((g) => (g.value === f.value) === agree)
    .map((g) => g.id)
    .sort();
}

/** The newest publication date of the documents a fact quotes. */
const sourceDate = (f: Fact) =>
  f.evidence
    .map((e) => seed.documents.find((d) => d.id === e.document)!.publishedOn ?? '')
    .sort()
    .at(-1)!;

/** +1 when `a` outranks `b` (seeds/README.md, Conflicting values), -1 when `b` outranks `a`, 0 for a tie. */
function compare(a: Fact, b: Fact): number {
  const [x, y] = [sourceDate(a), sourceDate(b)];
  const n = Math.min(x.length, y.length);
  const order = (p: string, q: string) => (p > q ? 1 : p < q ? -1 : 0);
  return order(x.slice(0, n), y.slice(0, n)) || order(a.period!.end, b.period!.end) || order(a.period!.start, b.period!.start);
}

/** A seed fact's preference by the documented rule: DEPRECATED, PREFERRED or NORMAL. */
export function preferenceInSeeds(id: string): 'PREFERRED' | 'NORMAL' | 'DEPRECATED' {
  const f = seed.facts.find((x) => x.id === id)!;
  const verdicts = rivalsOf(f)
    .filter((g) => g.value !== f.value)
    .map((g) => compare(f, g));
  if (verdicts.includes(-1)) return 'DEPRECATED';
  if (verdicts.length > 0 && verdicts.every((v) => v === 1)) return 'PREFERRED';
  return 'NORMAL';
}
