import type { EntityKind, SUBJECT_ROLES } from '../../src/model/vocabulary.js';
import type { Fact, MetricEntry } from '../../src/seed/format.js';
import type { Population } from './population.js';
import { between, pick, weighted, type Random } from './random.js';

// Facts about a synthetic entity, each written as the sentence that states it: the statement and
// the evidence quote are the same text, so the quote is verbatim by construction.

export type ScaleFact = Omit<Fact, 'evidence'>;

interface Metric {
  metric: string;
  unit: 'yuan' | 'people' | 'count';
  /** The metric in a list of rankings. */
  label: string;
  /** The metric with its value in a sentence. */
  say: (value: string) => string;
}

const METRICS: Metric[] = [
  {
    metric: 'live_commerce_sales',
    unit: 'yuan',
    label: 'live-streaming e-commerce sales',
    say: (v) => `live-streaming e-commerce sales of ${v}`,
  },
  { metric: 'online_retail_sales', unit: 'yuan', label: 'online retail sales', say: (v) => `online retail sales of ${v}` },
  { metric: 'active_anchors', unit: 'people', label: 'active anchors', say: (v) => `${v} active live-streaming anchors` },
  { metric: 'livestreaming_sessions', unit: 'count', label: 'live-streaming sessions', say: (v) => `${v} live-streaming sessions` },
  { metric: 'new_jobs', unit: 'people', label: 'job creation', say: (v) => `${v} new jobs in live commerce` },
  {
    metric: 'registered_enterprises',
    unit: 'count',
    label: 'registered enterprises',
    say: (v) => `${v} registered e-commerce enterprises`,
  },
];

/** The catalogue entries (seeds/README.md, Metrics) of the metrics these facts use, by key. */
export function scaleMetricEntries(facts: readonly Pick<Fact, 'metric'>[]): MetricEntry[] {
  const used = new Set(facts.map((f) => f.metric));
  return METRICS.filter((m) => used.has(m.metric))
    .map((m) => ({ key: m.metric, description: `Synthetic ${m.label}.`, unit: m.unit }))
    .sort((a, b) => a.key.localeCompare(b.key));
}

const QUALIFIERS = [
  [undefined, 60],
  ['more_than', 15],
  ['about', 15],
  ['nearly', 10],
] as const;
const QUALIFIER_WORDS: Record<string, string> = { more_than: 'more than ', about: 'about ', nearly: 'nearly ' };

const CLAIMS = [
  'has become a driving force of livestreaming e-commerce',
  'needs more trained live-streaming talent',
  'should strengthen the supervision of live commerce',
  'is turning rural products into online best sellers',
  'is reshaping how consumers shop online',
];

const ROLE_OF: Record<EntityKind, (typeof SUBJECT_ROLES)[number]> = {
  Place: 'location',
  Person: 'person',
  Organization: 'organization',
  Platform: 'platform',
  Policy: 'policy',
  Event: 'event',
  Occupation: 'occupation',
  Base: 'subject',
  Report: 'subject',
};

/** Who states facts: institutes, government bodies, experts and reports. */
const SPEAKERS = [
  ['Organization', 'research_institute', 4],
  ['Organization', 'government_body', 3],
  ['Person', 'expert', 2],
  ['Report', undefined, 1],
] as const;

const ORDINALS = ['first', 'second', 'third', 'fourth'];
const pad2 = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const capitalized = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/** A period the text names: a year, a half, a quarter or the first months of a year. */
function period(rng: Random, year: number): { start: string; end: string; label: string } {
  const span = (from: number, to: number, label: string) => ({
    start: `${year}-${pad2(from)}-01`,
    end: `${year}-${pad2(to)}-${lastDay(year, to)}`,
    label,
  });
  const shape = weighted(rng, [
    ['year', 50],
    ['half', 15],
    ['quarter', 15],
    ['months', 20],
  ] as const);
  if (shape === 'year') return span(1, 12, String(year));
  if (shape === 'half') return span(1, 6, `the first half of ${year}`);
  if (shape === 'quarter') {
    const q = between(rng, 1, 4);
    return span(3 * q - 2, 3 * q, `the ${ORDINALS[q - 1]} quarter of ${year}`);
  }
  const months = between(rng, 2, 11);
  return span(1, months, `the first ${months} months of ${year}`);
}

/** A normalised value with the words the text uses for it: 4.2e9 and "4.2 billion yuan". */
function amount(rng: Random, unit: Metric['unit']): { value: number; valueText: string } {
  if (unit === 'yuan') {
    const tenths = between(rng, 10, 999);
    const [scale, word] = rng() < 0.5 ? [1e5, 'million'] : [1e8, 'billion'];
    return { value: tenths * scale, valueText: `${tenths / 10} ${word} yuan` };
  }
  const value = between(rng, 50, 50_000);
  return { value, valueText: value.toLocaleString('en-US') };
}

/**
 * Two to four facts about entity `i`, mixed statistics, targets, rankings and statements. A fact's
 * `statedBy` is drawn among entities below `speakersBelow`, so it exists when the fact is loaded.
 */
export function scaleFacts(pop: Population, i: number, rng: Random, speakersBelow: number): ScaleFact[] {
  const name = pop.reference(i);
  const subjects = [{ entity: pop.id(i), role: ROLE_OF[pop.kind(i)] }];
  const speaker = () => {
    const [kind, subtype] = weighted(
      rng,
      SPEAKERS.map(([k, s, w]) => [[k, s] as const, w] as const),
    );
    const who = pop.draw(rng, kind, subtype, speakersBelow);
    return who === undefined || who === i ? undefined : who;
  };
  return Array.from({ length: between(rng, 2, 4) }, (_, k): ScaleFact => {
    const id = `fact:scale-${String(i).padStart(6, '0')}-${k + 1}`;
    const year = between(rng, 2020, 2024);
    const m = pick(rng, METRICS);
    const kind = weighted(rng, [
      ['statistic', 45],
      ['target', 15],
      ['ranking', 15],
      ['statement', 25],
    ] as const);
    if (kind === 'statement') {
      const who = speaker();
      const claim = `${name} ${pick(rng, CLAIMS)}.`;
      const statement = who === undefined ? capitalized(claim) : `${capitalized(pop.reference(who))} said that ${claim}`;
      return { id, kind, statement, subjects, ...(who === undefined ? {} : { statedBy: pop.id(who) }) };
    }
    if (kind === 'ranking') {
      const rank = between(rng, 1, 20);
      const rankOf = between(rng, rank + 5, 100);
      const statement = `${capitalized(name)} ranked No. ${rank} among ${rankOf} peers in ${m.label} in ${year}.`;
      return {
        id,
        kind,
        statement,
        metric: m.metric,
        rank,
        rankOf,
        period: { start: `${year}-01-01`, end: `${year}-12-31`, label: String(year) },
        subjects,
      };
    }
    const { value, valueText } = amount(rng, m.unit);
    const money = m.unit === 'yuan' ? { currency: 'CNY' as const } : {};
    if (kind === 'target') {
      const by = year + 3;
      const statement = `${capitalized(name)} set a target of ${m.say(valueText)} by ${by}.`;
      return {
        id,
        kind,
        statement,
        metric: m.metric,
        value,
        unit: m.unit,
        ...money,
        valueText,
        period: { start: `${by}-01-01`, end: `${by}-12-31`, label: `by ${by}` },
        subjects,
      };
    }
    const p = period(rng, year);
    const qualifier = weighted(rng, QUALIFIERS);
    const change =
      rng() < 0.3 ? { value: between(rng, 10, 999) / 10, unit: 'percent' as const, basis: 'year_on_year' as const } : undefined;
    const who = rng() < 0.2 ? speaker() : undefined;
    const clause = `${name} recorded ${m.say(`${qualifier ? QUALIFIER_WORDS[qualifier] : ''}${valueText}`)} in ${p.label}${change ? `, up ${change.value} percent year on year` : ''}.`;
    return {
      id,
      kind,
      statement: who === undefined ? capitalized(clause) : `According to ${pop.reference(who)}, ${clause}`,
      metric: m.metric,
      value,
      unit: m.unit,
      ...money,
      ...(qualifier ? { qualifier } : {}),
      valueText,
      period: p,
      ...(change ? { change } : {}),
      subjects,
      ...(who === undefined ? {} : { statedBy: pop.id(who) }),
    };
  });
}
