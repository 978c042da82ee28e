import { ENTITY_KIND_NAMES, type EntityKind, type RelationshipType } from '../../src/model/vocabulary.js';
import type { Population } from './population.js';
import { pick, weighted, type Random } from './random.js';

// The relationships a synthetic entity "owns": each entity draws its other endpoints by Zipf rank
// (preferential attachment), so a few entities collect thousands of edges and most keep one to four.

export interface ScaleLink {
  type: RelationshipType;
  from: number;
  to: number;
  properties: Record<string, string>;
  sentence: string;
}

/**
 * Which endpoint owns (draws) each type. One side per type means a given (type, from, to) can only
 * come from one owner, so checking duplicates among one owner's links is enough.
 */
const OWNER: Record<RelationshipType, 'from' | 'to'> = {
  LOCATED_IN: 'from',
  PART_OF: 'from',
  AFFILIATED_WITH: 'from',
  ISSUED: 'to',
  APPLIES_TO: 'from',
  OPERATES: 'to',
  HOSTS: 'to',
  ORGANIZED: 'to',
  PARTICIPATED_IN: 'from',
  SUPPORTS: 'from',
  PARTNERS_WITH: 'from',
  PUBLISHED: 'to',
  GAVE_RISE_TO: 'to',
  SUBTYPE_OF: 'from',
  MENTIONS: 'from',
  SELLS_ON: 'from',
  HAS_ACCOUNT_ON: 'from',
  ENTRUSTED: 'from',
  REPORTED_ON: 'from',
  WORKS_AS: 'from',
  ACTIVE_IN: 'from',
};

type Target = readonly [EntityKind, string?];

interface Recipe {
  type: RelationshipType;
  /** Kinds (and subtypes) the other endpoint is drawn from, one at random. */
  others: readonly Target[];
  /** Drawn for every owner; the others fill up to the owner's link count, by weight. */
  required?: true;
  weight?: number;
  /** The other endpoint must have a lower index: keeps hierarchies (SUBTYPE_OF, PART_OF) acyclic. */
  earlier?: true;
  properties?: (rng: Random) => Record<string, string>;
}

const ANY: Target[] = ENTITY_KIND_NAMES.map((k) => [k]);
const ROLES = ['director', 'deputy director', 'anchor', 'founder', 'researcher', 'manager', 'spokesperson'];
const PARTICIPATION = ['exhibitor', 'speaker', 'sponsor'];
const SUPPORT = ['subsidies', 'training', 'traffic support', 'financing'];

const supports: Recipe = { type: 'SUPPORTS', others: ANY, weight: 1, properties: (rng) => ({ how: pick(rng, SUPPORT) }) };
const partners: Recipe = { type: 'PARTNERS_WITH', others: [['Organization'], ['Platform'], ['Place', 'city']], weight: 1 };
const participates: Recipe = {
  type: 'PARTICIPATED_IN',
  others: [['Event']],
  weight: 2,
  properties: (rng): Record<string, string> => (rng() < 0.5 ? { role: pick(rng, PARTICIPATION) } : {}),
};
const mentions: Recipe = { type: 'MENTIONS', others: ANY, weight: 1 };

/** Where each kind of place lies: cities in provinces, districts and counties in cities, … */
const PARENT_PLACE: Record<string, string> = {
  province: 'country',
  city: 'province',
  district: 'city',
  county: 'city',
  town: 'county',
  village: 'county',
};

/** What companies, media and government bodies do besides what every organization does: sell, report, entrust. */
function organizationExtras(subtype: string): Recipe[] {
  if (subtype === 'company')
    return [
      { type: 'SELLS_ON', others: [['Platform']], weight: 1 },
      { type: 'ACTIVE_IN', others: [['Place', 'city']], weight: 1 },
    ];
  if (subtype === 'media_outlet')
    return [
      { type: 'REPORTED_ON', others: ANY, weight: 2 },
      { type: 'HAS_ACCOUNT_ON', others: [['Platform']], weight: 1 },
    ];
  if (subtype === 'government_body')
    return [
      { type: 'ENTRUSTED', others: [['Organization', 'government_body']], weight: 1, earlier: true },
      { type: 'HAS_ACCOUNT_ON', others: [['Platform']], weight: 1 },
    ];
  return [];
}

function recipesFor(kind: EntityKind, subtype: string): Recipe[] {
  switch (kind) {
    case 'Place': {
      const parent = PARENT_PLACE[subtype];
      return [...(parent ? [{ type: 'LOCATED_IN', others: [['Place', parent]], required: true } as const] : []), supports, partners];
    }
    case 'Organization':
      return [
        { type: 'LOCATED_IN', others: [['Place', 'city']], required: true },
        { type: 'PART_OF', others: [['Organization', 'government_body']], weight: subtype === 'government_body' ? 3 : 1, earlier: true },
        participates,
        supports,
        partners,
        ...organizationExtras(subtype),
      ];
    case 'Person':
      return [
        { type: 'AFFILIATED_WITH', others: [['Organization']], required: true, properties: (rng) => ({ role: pick(rng, ROLES) }) },
        { type: 'AFFILIATED_WITH', others: [['Base'], ['Platform']], weight: 1, properties: (rng) => ({ role: pick(rng, ROLES) }) },
        participates,
        { type: 'WORKS_AS', others: [['Occupation']], weight: 1 },
      ];
    case 'Platform':
      return [
        { type: 'OPERATES', others: [['Organization', 'company']], required: true },
        participates,
        supports,
        partners,
        { type: 'REPORTED_ON', others: ANY, weight: 1 },
      ];
    case 'Base':
      return [
        { type: 'LOCATED_IN', others: [['Place', 'city']], required: true },
        { type: 'OPERATES', others: [['Organization'], ['Person']], weight: 2 },
      ];
    case 'Occupation':
      return [
        { type: 'GAVE_RISE_TO', others: [['Platform'], ['Base'], ['Organization'], ['Event'], ['Occupation']], required: true },
        { type: 'SUBTYPE_OF', others: [['Occupation']], weight: 2, earlier: true },
      ];
    case 'Policy':
      return [
        { type: 'ISSUED', others: [['Organization', 'government_body']], required: true },
        { type: 'APPLIES_TO', others: [['Place', 'city']], required: true },
        {
          type: 'ISSUED',
          others: [
            ['Place', 'province'],
            ['Place', 'city'],
          ],
          weight: 1,
        },
        mentions,
        supports,
      ];
    case 'Event':
      return [
        { type: 'HOSTS', others: [['Place', 'city'], ['Base'], ['Platform']], required: true },
        { type: 'ORGANIZED', others: [['Organization'], ['Place', 'city']], weight: 2 },
      ];
    case 'Report':
      return [
        { type: 'PUBLISHED', others: [['Organization', 'research_institute'], ['Organization'], ['Platform']], required: true },
        { ...mentions, weight: 2 },
      ];
  }
}

const SENTENCES: Record<RelationshipType, (a: string, b: string, p: Record<string, string>) => string> = {
  LOCATED_IN: (a, b) => `${a} is located in ${b}.`,
  PART_OF: (a, b) => `${a} is part of ${b}.`,
  AFFILIATED_WITH: (a, b, p) => `${a} serves as ${p.role} of ${b}.`,
  ISSUED: (a, b) => `${a} issued ${b}.`,
  APPLIES_TO: (a, b) => `${a} applies to ${b}.`,
  OPERATES: (a, b) => `${a} operates ${b}.`,
  HOSTS: (a, b) => `${a} hosted ${b}.`,
  ORGANIZED: (a, b) => `${a} organized ${b}.`,
  PARTICIPATED_IN: (a, b, p) => `${a} took part in ${b}${p.role ? ` as ${p.role}` : ''}.`,
  SUPPORTS: (a, b, p) => `${a} supports ${b} through ${p.how}.`,
  PARTNERS_WITH: (a, b) => `${a} signed a cooperation agreement with ${b}.`,
  PUBLISHED: (a, b) => `${a} published ${b}.`,
  GAVE_RISE_TO: (a, b) => `${a} gave rise to the occupation of ${b}.`,
  SUBTYPE_OF: (a, b) => `${a} is a specialization of ${b}.`,
  MENTIONS: (a, b) => `${a} mentions ${b}.`,
  SELLS_ON: (a, b) => `${a} sells on ${b}.`,
  HAS_ACCOUNT_ON: (a, b) => `${a} has an official account on ${b}.`,
  ENTRUSTED: (a, b) => `${a} entrusted ${b} with the announcement.`,
  REPORTED_ON: (a, b) => `${a} reported on ${b}.`,
  WORKS_AS: (a, b) => `${a} works as ${b}.`,
  ACTIVE_IN: (a, b) => `${a} does business in ${b}.`,
};

/** How many links an entity owns: 1 to 4, 2.5 on average. */
const LINK_COUNTS = [
  [1, 20],
  [2, 30],
  [3, 30],
  [4, 20],
] as const;

/** The relationships entity `owner` owns: its required ones first, then weighted picks; no self-loops or duplicates. */
export function scaleLinks(pop: Population, owner: number, rng: Random): ScaleLink[] {
  const recipes = recipesFor(pop.kind(owner), pop.subtype(owner));
  const required = recipes.filter((r) => r.required);
  const optional = recipes.filter((r) => !r.required).map((r) => [r, r.weight ?? 1] as const);
  const count = Math.max(weighted(rng, LINK_COUNTS), required.length);
  const plan = [...required, ...Array.from({ length: count - required.length }, () => weighted(rng, optional))];
  const links = new Map<string, ScaleLink>();
  for (const recipe of plan) {
    const [kind, subtype] = pick(rng, recipe.others);
    const other = pop.draw(rng, kind, subtype, recipe.earlier ? owner : undefined);
    if (other === undefined || other === owner) continue;
    const [from, to] = OWNER[recipe.type] === 'from' ? [owner, other] : [other, owner];
    const properties = recipe.properties?.(rng) ?? {};
    const key = [recipe.type, from, to, properties.role ?? ''].join('|');
    if (links.has(key)) continue;
    const sentence = SENTENCES[recipe.type](pop.reference(from), pop.reference(to), properties);
    links.set(key, { type: recipe.type, from, to, properties, sentence: sentence[0]!.toUpperCase() + sentence.slice(1) });
  }
  return [...links.values()];
}
