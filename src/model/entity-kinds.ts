import type { RelationshipType } from './vocabulary.js';

// The entity kinds, declared once: their ids, names in the API, stored properties, typed
// relationship fields, fact lists, filters and orderings. The SDL of every kind
// (schema/entities.graphql), the projection allow-list, the per-kind query and relation
// resolvers, the list filters and the seed format's kind-specific properties are derived from
// this table; adding a property to a kind is a line here, the seed data, and a test.

/** The enumerated properties kinds may have: stored values, GraphQL enum and its values' descriptions. */
export const KIND_ENUMS = {
  placeType: {
    graphql: 'PlaceType',
    description: 'Kinds of place.',
    values: {
      country: 'A country.',
      province: 'A province or province-level region.',
      city: 'A city.',
      district: 'A district of a city.',
      county: 'A county.',
      town: 'A town.',
      street: 'A street (subdistrict).',
      village: 'A village.',
      region: 'A wider region.',
    },
  },
  orgType: {
    graphql: 'OrganizationType',
    description: 'Kinds of organization.',
    values: {
      government_body: 'A ministry, bureau, council or local government.',
      company: 'A company.',
      association: 'An industry association.',
      research_institute: 'A research institute or academy.',
      university: 'A university.',
      media_outlet: 'A newspaper, broadcaster or news site.',
      other: 'Anything else.',
    },
  },
  platformType: {
    graphql: 'PlatformType',
    description: 'Kinds of platform.',
    values: {
      ecommerce: 'E-commerce.',
      short_video: 'Short video.',
      social: 'Social network.',
      media: 'Media account or channel.',
      other: 'Anything else.',
    },
  },
  baseType: {
    graphql: 'BaseType',
    description: 'Kinds of base.',
    values: {
      live_streaming_base: 'A live-streaming base or room.',
      industrial_cluster: 'An industrial cluster.',
      wholesale_market: 'A wholesale market.',
      scenic_spot: 'A scenic spot.',
      industrial_park: 'An industrial park.',
      other: 'Anything else.',
    },
  },
  policyType: {
    graphql: 'PolicyType',
    description: 'Kinds of policy.',
    values: {
      plan: 'A plan.',
      notice: 'A notice.',
      measures: 'A set of measures.',
      guideline: 'A guideline.',
      standard: 'A standard.',
      other: 'Anything else.',
    },
  },
} as const;
export type KindEnum = keyof typeof KIND_ENUMS;

export type PropertyType = 'String' | 'PartialDate' | { enum: KindEnum };
export interface PropertyField {
  field: 'property';
  description: string;
  type: PropertyType;
}
export interface RelationField {
  field: 'relation';
  description: string;
  /** One related entity (the first, in order of type and name) rather than a list. */
  one?: true;
  types: readonly RelationshipType[];
  direction: 'OUTGOING' | 'INCOMING' | 'BOTH';
  /** The kinds the related entity may be; any when null. */
  kinds: readonly EntityKindName[] | null;
  /** The GraphQL type of an edge when not `<Kind>Relation` or `Relationship`. */
  as?: 'Affiliation';
  /** Also the relationships of entities located in it (at any depth), as if its own (data/relations.ts). */
  within?: true;
}
export interface FactListField {
  field: 'facts';
  description: string;
  relationship: 'ABOUT' | 'STATED_BY';
  /** Stored fact kinds it keeps; all when null. */
  kinds: readonly string[] | null;
}
export type KindField = PropertyField | RelationField | FactListField;

export type KindFilter =
  | { filter: 'enum'; description: string; property: KindEnum }
  | { filter: 'within'; description: string }
  | { filter: 'related'; description: string; type: RelationshipType; direction: 'OUTGOING' | 'INCOMING' }
  | { filter: 'date'; description: string; property: 'issuedOn' | 'periodStart' | 'periodEnd' | 'publishedOn'; bound: 'from' | 'to' };

/** Node shapes the explorer draws (Cytoscape.js names) and its legend has an SVG for. */
export type ExplorerShape =
  'round-rectangle' | 'ellipse' | 'hexagon' | 'diamond' | 'triangle' | 'pentagon' | 'rectangle' | 'star' | 'barrel';

export interface KindDeclaration {
  /** Id prefix, e.g. `place` in `place:guangzhou`. */
  prefix: string;
  /** Query fields: one by id, and a page of them. */
  single: string;
  plural: string;
  /** How descriptions name one and many. */
  noun: string;
  nounPlural: string;
  description: string;
  /** How the graph explorer draws it: shape as well as colour, so the legend reads without colour vision. */
  explorer: { color: string; shape: ExplorerShape };
  /** Its value's description in the EntityKind enum. */
  summary: string;
  idExample: string;
  /** Its own fields besides those of every entity, in SDL order. */
  fields: Readonly<Record<string, KindField>>;
  filters: Readonly<Record<string, KindFilter>>;
  /** Stored properties lists of this kind can be ordered by, besides name and degree, with their descriptions. */
  orderBy: Readonly<Record<string, string>>;
}

const property = (description: string, type: PropertyType): PropertyField => ({ field: 'property', description, type });
const kindEnum = (name: KindEnum): PropertyType => ({ enum: name });
const relation = (description: string, spec: Omit<RelationField, 'field' | 'description'>): RelationField => ({
  field: 'relation',
  description,
  ...spec,
});
const factList = (description: string, spec: Omit<FactListField, 'field' | 'description'>): FactListField => ({
  field: 'facts',
  description,
  ...spec,
});
const enumFilter = (description: string, property: KindEnum): KindFilter => ({ filter: 'enum', description, property });
const withinFilter = (description: string): KindFilter => ({ filter: 'within', description });
const relatedFilter = (description: string, type: RelationshipType, direction: 'OUTGOING' | 'INCOMING'): KindFilter => ({
  filter: 'related',
  description,
  type,
  direction,
});
const dateFilter = (
  description: string,
  property: Extract<KindFilter, { filter: 'date' }>['property'],
  bound: 'from' | 'to',
): KindFilter => ({
  filter: 'date',
  description,
  property,
  bound,
});

/** The kinds; the declarations below must declare exactly these (`satisfies`). */
export type EntityKindName = 'Place' | 'Person' | 'Organization' | 'Platform' | 'Base' | 'Occupation' | 'Policy' | 'Event' | 'Report';

export const ENTITY_KIND_DECLARATIONS = {
  Place: {
    explorer: { color: '#2e7d32', shape: 'round-rectangle' },
    summary: 'Country, province, city, district, county, town, street, village or region.',
    prefix: 'place',
    single: 'place',
    plural: 'places',
    noun: 'place',
    nounPlural: 'places',
    description: 'A place: country, province, city, district, county, town, street, village or region.',
    idExample: 'place:guangzhou',
    fields: {
      placeType: property('What kind of place it is.', kindEnum('placeType')),
      parent: relation('The place it lies in (LOCATED_IN), with evidence; null at the top of the hierarchy.', {
        one: true,
        types: ['LOCATED_IN'],
        direction: 'OUTGOING',
        kinds: ['Place'],
      }),
      children: relation('Places that lie in it (LOCATED_IN, incoming).', {
        types: ['LOCATED_IN'],
        direction: 'INCOMING',
        kinds: ['Place'],
      }),
      policies: relation(
        "Policies that apply to it or to a place within it (APPLIES_TO), or that it or a body located in it issued (ISSUED): a city's policies include those its bureaus issued. OUTGOING when it, or a body or place within it, issued the policy.",
        { types: ['APPLIES_TO', 'ISSUED'], direction: 'BOTH', kinds: ['Policy'], within: true },
      ),
      bases: relation('Bases located in it.', { types: ['LOCATED_IN'], direction: 'INCOMING', kinds: ['Base'] }),
      organizations: relation('Organizations located in it.', { types: ['LOCATED_IN'], direction: 'INCOMING', kinds: ['Organization'] }),
      events: relation('Events it hosted or organised.', { types: ['HOSTS', 'ORGANIZED'], direction: 'OUTGOING', kinds: ['Event'] }),
    },
    filters: {
      placeTypes: enumFilter('Only places of these types.', 'placeType'),
      within: withinFilter('Only places inside this place (at any depth of LOCATED_IN).'),
    },
    orderBy: {},
  },
  Person: {
    explorer: { color: '#1565c0', shape: 'ellipse' },
    summary: 'A named person.',
    prefix: 'person',
    single: 'person',
    plural: 'people',
    noun: 'person',
    nounPlural: 'people',
    description: 'A named person: an official, expert, entrepreneur, streamer or reporter.',
    idExample: 'person:li-mingtao',
    fields: {
      title: property('The title or role the sources give when they name no organization.', 'String'),
      affiliations: relation('Organizations, bases and platforms the person works for or belongs to, with the role.', {
        types: ['AFFILIATED_WITH'],
        direction: 'OUTGOING',
        kinds: null,
        as: 'Affiliation',
      }),
      statements: factList('Facts this person stated.', { relationship: 'STATED_BY', kinds: null }),
      events: relation('Events the person took part in.', { types: ['PARTICIPATED_IN'], direction: 'OUTGOING', kinds: ['Event'] }),
    },
    filters: {
      affiliatedWith: relatedFilter('Only people affiliated with this organization, base or platform.', 'AFFILIATED_WITH', 'OUTGOING'),
    },
    orderBy: {},
  },
  Organization: {
    explorer: { color: '#6a1b9a', shape: 'hexagon' },
    summary: 'Government body, company, association, research institute, university or media outlet.',
    prefix: 'org',
    single: 'organization',
    plural: 'organizations',
    noun: 'organization',
    nounPlural: 'organizations',
    description: 'A government body, company, association, research institute, university or media outlet.',
    idExample: 'org:ministry-of-commerce',
    fields: {
      orgType: property('What kind of organization it is.', kindEnum('orgType')),
      parentOrganization: relation('The larger body it belongs to (PART_OF).', {
        one: true,
        types: ['PART_OF'],
        direction: 'OUTGOING',
        kinds: ['Organization'],
      }),
      units: relation('Departments, bureaus and institutes that belong to it.', {
        types: ['PART_OF'],
        direction: 'INCOMING',
        kinds: ['Organization'],
      }),
      location: relation('Where it is located.', { one: true, types: ['LOCATED_IN'], direction: 'OUTGOING', kinds: ['Place'] }),
      members: relation('People affiliated with it, with their roles.', {
        types: ['AFFILIATED_WITH'],
        direction: 'INCOMING',
        kinds: ['Person'],
      }),
      issuedPolicies: relation('Policies it issued.', { types: ['ISSUED'], direction: 'OUTGOING', kinds: ['Policy'] }),
      operates: relation('Platforms and bases it operates.', { types: ['OPERATES'], direction: 'OUTGOING', kinds: null }),
      publishedReports: relation('Reports it published.', { types: ['PUBLISHED'], direction: 'OUTGOING', kinds: ['Report'] }),
      events: relation('Events it organised or took part in.', {
        types: ['ORGANIZED', 'PARTICIPATED_IN'],
        direction: 'OUTGOING',
        kinds: ['Event'],
      }),
      cooperation: relation('What it supports (SUPPORTS) and whom it partners with (PARTNERS_WITH).', {
        types: ['SUPPORTS', 'PARTNERS_WITH'],
        direction: 'BOTH',
        kinds: null,
      }),
      statements: factList('Facts it stated.', { relationship: 'STATED_BY', kinds: null }),
    },
    filters: {
      orgTypes: enumFilter('Only organizations of these types.', 'orgType'),
      within: withinFilter('Only organizations located in this place (at any depth).'),
    },
    orderBy: {},
  },
  Platform: {
    explorer: { color: '#ef6c00', shape: 'diamond' },
    summary: 'E-commerce, short-video, social or media platform.',
    prefix: 'platform',
    single: 'platform',
    plural: 'platforms',
    noun: 'platform',
    nounPlural: 'platforms',
    description: 'An e-commerce, short-video, social or media platform.',
    idExample: 'platform:kuaishou',
    fields: {
      platformType: property('What kind of platform it is.', kindEnum('platformType')),
      operator: relation('Who operates it (the first operator), with evidence.', {
        one: true,
        types: ['OPERATES'],
        direction: 'INCOMING',
        kinds: null,
      }),
      operators: relation('Everyone who operates it.', { types: ['OPERATES'], direction: 'INCOMING', kinds: null }),
      occupations: relation('Occupations it gave rise to.', { types: ['GAVE_RISE_TO'], direction: 'OUTGOING', kinds: ['Occupation'] }),
      events: relation('Events it hosted or took part in.', {
        types: ['HOSTS', 'PARTICIPATED_IN'],
        direction: 'OUTGOING',
        kinds: ['Event'],
      }),
    },
    filters: {
      platformTypes: enumFilter('Only platforms of these types.', 'platformType'),
    },
    orderBy: {},
  },
  Base: {
    explorer: { color: '#c62828', shape: 'triangle' },
    summary: 'Live-streaming base, industrial cluster, wholesale market, scenic spot or park.',
    prefix: 'base',
    single: 'base',
    plural: 'bases',
    noun: 'base',
    nounPlural: 'bases',
    description: 'A live-streaming base, industrial cluster, wholesale market, scenic spot or industrial park.',
    idExample: 'base:guangzhou-no-5-clothing-town-wholesale-market',
    fields: {
      baseType: property('What kind of base it is.', kindEnum('baseType')),
      location: relation('Where it is located.', { one: true, types: ['LOCATED_IN'], direction: 'OUTGOING', kinds: ['Place'] }),
      operators: relation('Who operates it.', { types: ['OPERATES'], direction: 'INCOMING', kinds: null }),
      members: relation('People affiliated with it.', { types: ['AFFILIATED_WITH'], direction: 'INCOMING', kinds: ['Person'] }),
      occupations: relation('Occupations it gave rise to.', { types: ['GAVE_RISE_TO'], direction: 'OUTGOING', kinds: ['Occupation'] }),
      events: relation('Events it hosted.', { types: ['HOSTS'], direction: 'OUTGOING', kinds: ['Event'] }),
    },
    filters: {
      baseTypes: enumFilter('Only bases of these types.', 'baseType'),
      within: withinFilter('Only bases located in this place (at any depth).'),
    },
    orderBy: {},
  },
  Occupation: {
    explorer: { color: '#00838f', shape: 'pentagon' },
    summary: 'An occupation or profession.',
    prefix: 'occupation',
    single: 'occupation',
    plural: 'occupations',
    noun: 'occupation',
    nounPlural: 'occupations',
    description: 'An occupation or profession, such as live-streaming host.',
    idExample: 'occupation:live-streaming-host',
    fields: {
      parent: relation('The parent profession (SUBTYPE_OF), where stated.', {
        one: true,
        types: ['SUBTYPE_OF'],
        direction: 'OUTGOING',
        kinds: ['Occupation'],
      }),
      children: relation('More specific occupations of this one.', { types: ['SUBTYPE_OF'], direction: 'INCOMING', kinds: ['Occupation'] }),
      originatedFrom: relation('What gave rise to it (platforms, bases, organizations, events), with evidence.', {
        types: ['GAVE_RISE_TO'],
        direction: 'INCOMING',
        kinds: null,
      }),
    },
    filters: {
      parent: relatedFilter('Only occupations whose parent profession is this one.', 'SUBTYPE_OF', 'OUTGOING'),
    },
    orderBy: {},
  },
  Policy: {
    explorer: { color: '#5d4037', shape: 'rectangle' },
    summary: 'Plan, notice, measures, guideline or standard.',
    prefix: 'policy',
    single: 'policy',
    plural: 'policies',
    noun: 'policy',
    nounPlural: 'policies',
    description: 'A plan, notice, set of measures, guideline or standard.',
    idExample: 'policy:guangzhou-live-broadcasting-e-commerce-development-action-plan-2020-2022',
    fields: {
      policyType: property('What kind of policy it is.', kindEnum('policyType')),
      issuedOn: property('When it was issued.', 'PartialDate'),
      periodStart: property('Start of the period it covers.', 'PartialDate'),
      periodEnd: property('End of the period it covers.', 'PartialDate'),
      issuer: relation('Who issued it (the first issuer), with evidence.', {
        one: true,
        types: ['ISSUED'],
        direction: 'INCOMING',
        kinds: null,
      }),
      issuers: relation('Everyone who issued it.', { types: ['ISSUED'], direction: 'INCOMING', kinds: null }),
      appliesTo: relation('The places it applies to.', { types: ['APPLIES_TO'], direction: 'OUTGOING', kinds: ['Place'] }),
      goals: factList('Its goals: target facts about it, such as numbers to reach by a date.', {
        relationship: 'ABOUT',
        kinds: ['target'],
      }),
      references: relation('Entities it names (MENTIONS) or supports (SUPPORTS).', {
        types: ['MENTIONS', 'SUPPORTS'],
        direction: 'OUTGOING',
        kinds: null,
      }),
    },
    filters: {
      policyTypes: enumFilter('Only policies of these types.', 'policyType'),
      issuedBy: relatedFilter('Only policies issued by this entity.', 'ISSUED', 'INCOMING'),
      appliesTo: relatedFilter('Only policies that apply to this place.', 'APPLIES_TO', 'OUTGOING'),
      issuedFrom: dateFilter('Only policies issued on or after this date (compared at the precision given).', 'issuedOn', 'from'),
      issuedTo: dateFilter('Only policies issued on or before this date (compared at the precision given).', 'issuedOn', 'to'),
    },
    orderBy: { issuedOn: 'Issue date (undated ones come last).' },
  },
  Event: {
    explorer: { color: '#ad1457', shape: 'star' },
    summary: 'Festival, campaign, visit, conference, competition or training.',
    prefix: 'event',
    single: 'event',
    plural: 'events',
    noun: 'event',
    nounPlural: 'events',
    description: 'A festival, campaign, visit, conference, competition or training.',
    idExample: 'event:2024-shenzhen-livestreaming-e-commerce-month',
    fields: {
      periodStart: property('When it started.', 'PartialDate'),
      periodEnd: property('When it ended.', 'PartialDate'),
      hosts: relation('Places, bases and platforms that hosted it.', { types: ['HOSTS'], direction: 'INCOMING', kinds: null }),
      organizers: relation('Who organised it.', { types: ['ORGANIZED'], direction: 'INCOMING', kinds: null }),
      participants: relation('Who took part.', { types: ['PARTICIPATED_IN'], direction: 'INCOMING', kinds: null }),
      results: factList('Its results: facts about the event.', { relationship: 'ABOUT', kinds: null }),
    },
    filters: {
      hostedBy: relatedFilter('Only events hosted by this entity.', 'HOSTS', 'INCOMING'),
    },
    orderBy: { periodStart: 'Start date (undated ones come last).' },
  },
  Report: {
    explorer: { color: '#546e7a', shape: 'barrel' },
    summary: 'A study or report.',
    prefix: 'report',
    single: 'report',
    plural: 'reports',
    noun: 'report',
    nounPlural: 'reports',
    description: 'A study or report, with its publisher.',
    idExample: 'report:2020-taobao-live-new-economic-report',
    fields: {
      publishedOn: property('When it was published.', 'PartialDate'),
      publishers: relation('Who published it.', { types: ['PUBLISHED'], direction: 'INCOMING', kinds: null }),
      statements: factList('Findings stated by the report.', { relationship: 'STATED_BY', kinds: null }),
      references: relation('Entities it names.', { types: ['MENTIONS'], direction: 'OUTGOING', kinds: null }),
    },
    filters: {
      publishedBy: relatedFilter('Only reports published by this entity.', 'PUBLISHED', 'INCOMING'),
    },
    orderBy: { publishedOn: 'Publication date (undated ones come last).' },
  },
} as const satisfies Record<EntityKindName, KindDeclaration>;

type Declarations = typeof ENTITY_KIND_DECLARATIONS;
type FieldsOf<K extends EntityKindName> = Declarations[K]['fields'];
/** The names of the stored properties kinds declare (placeType, issuedOn, …). */
export type KindPropertyName = {
  [K in EntityKindName]: { [F in keyof FieldsOf<K>]: FieldsOf<K>[F] extends PropertyField ? F : never }[keyof FieldsOf<K>];
}[EntityKindName] &
  string;

const declarations = Object.values(ENTITY_KIND_DECLARATIONS) as KindDeclaration[];
const fieldsOfEvery = <F extends KindField>(is: (field: KindField) => field is F): [string, F][] =>
  declarations.flatMap((k) => Object.entries(k.fields).filter((entry): entry is [string, F] => is(entry[1])));

/** Every kind's stored properties, each once, with its type. */
export const KIND_PROPERTIES = new Map(
  fieldsOfEvery((f): f is PropertyField => f.field === 'property').map(([name, f]) => [name as KindPropertyName, f.type]),
);
