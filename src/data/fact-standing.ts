import type { Database, QueryOptions } from '../db/neo4j.js';

// Conflicting values side by side, as Wikidata keeps them: which facts give the same measure as a
// fact (agreements) or another value for it (conflicts), and the fact's preference among them.
// Computed by query rather than stored: it is always right after any seed load or curator write,
// and the seed graph's facts find their rivals through the metric index in well under a millisecond.

/**
 * The subjects of fact `v` as a list of `id role` (compared as sets): two facts measure the same thing only
 * when they are about the same entities in the same roles (Bilibili's growth is not Ximalaya's,
 * though both are about Shanghai).
 */
const subjectsOf = (v: string) => `[(${v})-[a:ABOUT]->(s:Entity) | s.id + ' ' + a.role]`;

/** The newest publication date of the documents evidencing fact `v` (a partial ISO date), or null. */
const sourceDateOf = (v: string) =>
  `reduce(newest = null, on IN [(${v})-[:EVIDENCED_BY]->(:Evidence)-[:QUOTES]->(d:Document) | d.publishedOn] |
     CASE WHEN newest IS NULL OR on > newest THEN on ELSE newest END)`;

/**
 * Rows `g, agrees, verdict, criterion` for each rival `g` of fact `f`: a fact of the same kind,
 * metric, unit and subjects whose period overlaps f's, both with a value. `agrees` when the values
 * are equal. Otherwise the verdict, from f's side, is `outranks`, `outranked` or `tie`, decided by
 * the first criterion that tells them apart (seeds/README.md, Conflicting values):
 * `newer_source` (the newest evidencing document, compared at the coarser of the two dates'
 * precisions, so 2024 and 2024-11-28 tie), `later_period` (the later period end: more recent data),
 * `narrower_period` (with the same end, the later start: the more specific figure).
 */
export const RIVALS = `
  MATCH (g:Fact {metric: f.metric})
  WHERE g <> f AND g.kind = f.kind AND g.unit = f.unit AND g.value IS NOT NULL AND f.value IS NOT NULL
    AND g.periodStart <= f.periodEnd AND f.periodStart <= g.periodEnd
  WITH f, g, ${subjectsOf('f')} AS fSubjects, ${subjectsOf('g')} AS gSubjects
  WHERE size(fSubjects) = size(gSubjects) AND all(k IN fSubjects WHERE k IN gSubjects)
  WITH f, g, ${sourceDateOf('f')} AS fs, ${sourceDateOf('g')} AS gs
  WITH f, g, fs, gs, CASE WHEN size(fs) < size(gs) THEN size(fs) ELSE size(gs) END AS m
  WITH g, g.value = f.value AS agrees, CASE
      WHEN left(gs, m) > left(fs, m) THEN ['outranked', 'newer_source']
      WHEN left(gs, m) < left(fs, m) THEN ['outranks', 'newer_source']
      WHEN g.periodEnd > f.periodEnd THEN ['outranked', 'later_period']
      WHEN g.periodEnd < f.periodEnd THEN ['outranks', 'later_period']
      WHEN g.periodStart > f.periodStart THEN ['outranked', 'narrower_period']
      WHEN g.periodStart < f.periodStart THEN ['outranks', 'narrower_period']
      ELSE ['tie', null] END AS decision
  WITH g, agrees, decision[0] AS verdict, decision[1] AS criterion`;

/**
 * A fact's preference from the verdicts against its conflicts (list `verdicts`): deprecated when a
 * conflicting fact outranks it, preferred when it outranks every one, otherwise (no conflict, or a
 * tie) normal. One expression for the facts filter and the Fact fields, so both say the same.
 */
const preferenceOf = (verdicts: string) =>
  `CASE WHEN 'outranked' IN ${verdicts} THEN 'deprecated'
        WHEN size(${verdicts}) > 0 AND all(x IN ${verdicts} WHERE x = 'outranks') THEN 'preferred'
        ELSE 'normal' END`;

/**
 * The condition that fact `f` has one of `$preferences` (stored lower-case): for the facts list's
 * filter. The verdicts are bound once (a one-element list comprehension): written three times
 * into the expression, the subquery took Neo4j seconds to plan.
 */
export const PREFERENCE_CONDITION = `[verdicts IN [COLLECT { ${RIVALS} WHERE NOT agrees RETURN verdict }] | ${preferenceOf('verdicts')}][0] IN $preferences`;

export interface Rival {
  id: string;
  verdict: 'outranks' | 'outranked' | 'tie';
  criterion: 'newer_source' | 'later_period' | 'narrower_period' | null;
}

export interface FactStanding {
  preference: 'preferred' | 'normal' | 'deprecated';
  /** The facts giving another value, by id. */
  conflicts: Rival[];
  /** The facts giving the same value, by id. */
  agreements: string[];
}

/** The standing of the facts `$ids`: rows `id, preference, conflicts [{id, verdict, criterion}], agreements [id]`. */
export const STANDING = `
  UNWIND $ids AS id
  MATCH (f:Fact {id: id})
  CALL (f) {
    CALL (f) { ${RIVALS} RETURN g.id AS rival, agrees, verdict, criterion ORDER BY g.id }
    WITH collect(CASE WHEN NOT agrees THEN {id: rival, verdict: verdict, criterion: criterion} END) AS conflicts,
         collect(CASE WHEN agrees THEN rival END) AS agreements
    RETURN conflicts, agreements, ${preferenceOf('[c IN conflicts | c.verdict]')} AS preference
  }
  RETURN id, preference, conflicts, agreements`;

/** The standing of many facts at once; a fact with no rival is normal, with empty lists. */
export async function standingOfFacts(db: Database, ids: readonly string[], opts?: QueryOptions): Promise<Map<string, FactStanding>> {
  const rows = await db.read(STANDING, { ids }, opts);
  return new Map(
    rows.map((r) => [
      String(r.id),
      { preference: r.preference as FactStanding['preference'], conflicts: r.conflicts as Rival[], agreements: r.agreements as string[] },
    ]),
  );
}

const CRITERIA = { newer_source: 'newer source', later_period: 'later period', narrower_period: 'narrower period' } as const;

/** Why a fact has its preference, in a sentence naming the conflicting facts that decide it and by which rule. */
export function preferenceReason({ preference, conflicts }: Pick<FactStanding, 'preference' | 'conflicts'>): string {
  const listed = (verdict: Rival['verdict']) =>
    conflicts
      .filter((c) => c.verdict === verdict)
      .map((c) => (c.criterion ? `${c.id} (${CRITERIA[c.criterion]})` : c.id))
      .join(', ');
  if (preference === 'deprecated') return `Outranked by ${listed('outranked')}.`;
  if (preference === 'preferred') return `Outranks every conflicting value: ${listed('outranks')}.`;
  if (conflicts.length === 0) return 'No other fact gives another value for the same subjects, metric and period.';
  const wins = listed('outranks');
  return `Ties with ${listed('tie')} (same source date and period), so no rule prefers either${wins ? `; outranks ${wins}` : ''}.`;
}
