import { ENTITY_KIND_DECLARATIONS, KIND_ENUMS as KIND_ENUM_DECLARATIONS, type EntityKindName, type KindEnum } from './entity-kinds.js';

// The graph's vocabulary: the only labels and relationship types any Cypher text may contain.

/** Entity kinds (seed `type`, Neo4j label besides :Entity) with their id prefixes, from the kind declarations. */
export type EntityKind = EntityKindName;
export const ENTITY_KIND_NAMES = Object.keys(ENTITY_KIND_DECLARATIONS) as EntityKind[];
export const ENTITY_KINDS = Object.fromEntries(ENTITY_KIND_NAMES.map((kind) => [kind, ENTITY_KIND_DECLARATIONS[kind].prefix])) as Record<
  EntityKind,
  string
>;

/** Node labels that are not entities. */
export const OTHER_LABELS = ['Entity', 'Document', 'Fact', 'Evidence', 'Metric'] as const;
export const ALL_LABELS: readonly string[] = [...ENTITY_KIND_NAMES, ...OTHER_LABELS];

const ANY: readonly EntityKind[] = ENTITY_KIND_NAMES;

/** Relationships between entities, with the kinds each may connect (from → to). */
export const RELATIONSHIP_TYPES = {
  LOCATED_IN: {
    from: ['Place', 'Base', 'Organization', 'Person'],
    to: ['Place'],
    description: 'geographic containment; for a person, the place the text puts them in',
  },
  PART_OF: { from: ['Organization'], to: ['Organization'], description: 'a department, bureau or institute of a larger body' },
  AFFILIATED_WITH: { from: ['Person'], to: ['Organization', 'Base', 'Platform'], description: 'works for or belongs to, with a role' },
  ISSUED: { from: ['Organization', 'Place'], to: ['Policy'], description: 'issued or published the policy' },
  APPLIES_TO: { from: ['Policy'], to: ['Place'], description: 'the jurisdiction a policy covers' },
  OPERATES: { from: ['Organization', 'Person'], to: ['Platform', 'Base'], description: 'runs it' },
  HOSTS: { from: ['Place', 'Base', 'Platform'], to: ['Event'], description: 'where the event took place' },
  ORGANIZED: { from: ['Organization', 'Place'], to: ['Event'], description: 'who organised the event' },
  PARTICIPATED_IN: { from: ['Person', 'Organization', 'Platform'], to: ['Event'], description: 'took part in the event' },
  SUPPORTS: { from: ['Organization', 'Policy', 'Place', 'Platform'], to: ANY, description: 'backs, funds or encourages' },
  PARTNERS_WITH: {
    from: ['Organization', 'Platform', 'Place'],
    to: ['Organization', 'Platform', 'Place'],
    description: 'cooperation between actors',
  },
  PUBLISHED: { from: ['Organization', 'Platform'], to: ['Report'], description: 'the publisher of a report' },
  GAVE_RISE_TO: {
    from: ['Platform', 'Base', 'Organization', 'Event', 'Occupation'],
    to: ['Occupation'],
    description: 'created or spawned the occupation',
  },
  SUBTYPE_OF: { from: ['Occupation'], to: ['Occupation'], description: 'the parent profession' },
  MENTIONS: { from: ['Report', 'Policy'], to: ANY, description: 'the report or policy names it' },
  SELLS_ON: {
    from: ['Organization', 'Person', 'Base'],
    to: ['Platform'],
    description: 'sells through the platform (a store or live room on it)',
  },
  HAS_ACCOUNT_ON: {
    from: ['Organization', 'Person'],
    to: ['Platform'],
    description: 'keeps an official account or channel on the platform',
  },
  ENTRUSTED: { from: ['Organization'], to: ['Organization'], description: 'entrusted the other with a task, such as an announcement' },
  REPORTED_ON: {
    from: ['Organization', 'Platform'],
    to: ANY,
    description: 'a media outlet, account, data provider or spokesperson reported news or figures about it',
  },
  WORKS_AS: { from: ['Person'], to: ['Occupation'], description: 'the person works in the occupation' },
  ACTIVE_IN: { from: ['Organization', 'Platform'], to: ['Place'], description: 'does business in a place it is not said to be based in' },
} as const satisfies Record<string, { from: readonly EntityKind[]; to: readonly EntityKind[]; description: string }>;

export type RelationshipType = keyof typeof RELATIONSHIP_TYPES;
export const RELATIONSHIP_TYPE_NAMES = Object.keys(RELATIONSHIP_TYPES) as RelationshipType[];

/** Structural relationships that tie facts, evidence and documents to the entities. */
export const STRUCTURAL_RELATIONSHIP_TYPES = ['ABOUT', 'STATED_BY', 'EVIDENCED_BY', 'QUOTES', 'MENTIONED_IN'] as const;
export const ALL_RELATIONSHIP_TYPES: readonly string[] = [...RELATIONSHIP_TYPE_NAMES, ...STRUCTURAL_RELATIONSHIP_TYPES];

export const FACT_KINDS = ['statistic', 'target', 'ranking', 'statement'] as const;
export const QUALIFIERS = ['exactly', 'more_than', 'at_least', 'about', 'nearly', 'less_than', 'at_most', 'up_to'] as const;
export const CHANGE_BASES = ['year_on_year', 'month_on_month', 'previous_event', 'other'] as const;
export const SUBJECT_ROLES = [
  'location',
  'subject',
  'platform',
  'issuer',
  'policy',
  'event',
  'organization',
  'person',
  'occupation',
] as const;

/** Kind-specific enumerated properties: their stored values, from the kind declarations. */
type StoredValues<E extends KindEnum> = [
  keyof (typeof KIND_ENUM_DECLARATIONS)[E]['values'] & string,
  ...(keyof (typeof KIND_ENUM_DECLARATIONS)[E]['values'] & string)[],
];
export const KIND_ENUMS = Object.fromEntries(Object.entries(KIND_ENUM_DECLARATIONS).map(([name, e]) => [name, Object.keys(e.values)])) as {
  [E in KindEnum]: StoredValues<E>;
};

/** Asserts that a label or type is in the vocabulary before it is spliced into Cypher text. */
export function allowListed<T extends string>(name: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(name)) throw new Error(`'${name}' is not in the graph vocabulary`);
  return name as T;
}
