import type { EntityKind } from '../model/vocabulary.js';
import type { SearchMatch } from './generated/resolvers.js';

// What resolvers pass between each other (codegen `mappers`): the graph's records in GraphQL
// terms. Relation fields are resolved from `id` by batched loaders, not stored here.

/** Any entity; `kind` is the GraphQL enum (PLACE, …), `label` the Neo4j label (Place, …). */
export interface EntityShape {
  id: string;
  label: string;
  kind: string;
  name: string;
  aliases: string[];
  /** Language-tagged names (origin as the GraphQL enum). */
  names: NameShape[];
  description: string | null;
  /** The day it was read as of (YYYY-MM-DD), when the query gave one: its fields answer as of that day too. */
  asOf?: string;
  /** Kind-specific properties as stored (dates as partial ISO strings, enums upper-cased). */
  [property: string]: unknown;
}

export interface NameShape {
  value: string;
  lang: string;
  origin: string;
}

export interface EvidenceShape {
  id: string;
  documentId: string;
  quote: string;
  start: number;
  end: number;
  /** Fetched with the quote when the query asked for it; otherwise loaded by `documentId`. */
  document?: DocumentShape;
}

export interface DocumentShape {
  id: string;
  title: string;
  publisher: string | null;
  authors: string[];
  publishedOn: string | null;
  publishedOnBasis: string | null;
  language: string;
  sourceLanguageNote: string | null;
  file: string | null;
  sha256: string;
  /** Only when fetched with the rest; otherwise loaded when a query asks for it. */
  text?: string;
}

export interface FactShape {
  id: string;
  kind: string;
  statement: string;
  metric: string | null;
  value: number | null;
  unit: string | null;
  currency: string | null;
  qualifier: string | null;
  valueText: string | null;
  period: { start: string; end: string; label: string | null } | null;
  change: { value: number; unit: string; basis: string } | null;
  rank: number | null;
  rankOf: number | null;
  /** Fetched with the fact when the query asked for it; otherwise loaded by `id`. */
  evidence?: EvidenceShape[];
}

/** A relationship seen from one entity: the entity at the other end, type, direction, properties, evidence. */
export interface RelationShape {
  /** The relationship's key and the end it is read from (RELATION_ID in src/model/entity-sdl.ts). */
  id: string;
  node: EntityShape;
  type: string;
  direction: 'OUTGOING' | 'INCOMING';
  role: string | null;
  how: string | null;
  /** The ids of the quotes it rests on, in their stored order. */
  evidenceIds: string[];
  /** Fetched with the relationship when the query asked for it; otherwise loaded by `evidenceIds`. */
  evidence?: EvidenceShape[];
}

/** A relationship as a front-end draws it. */
export interface EdgeShape {
  id: string;
  type: string;
  source: string;
  target: string;
  role: string | null;
  how: string | null;
  evidence: EvidenceShape[];
}

export interface FactSubjectShape {
  entity: EntityShape;
  role: string;
}

export interface SubgraphShape {
  center: EntityShape;
  nodes: EntityShape[];
  edges: EdgeShape[];
  truncated: boolean;
}

export interface PathShape {
  length: number;
  nodes: EntityShape[];
  edges: EdgeShape[];
}

export interface ConnectionsShape {
  a: EntityShape;
  b: EntityShape;
  documents: DocumentShape[];
  facts: FactShape[];
  edges: EdgeShape[];
}

/** What a search hit found, with the GraphQL type it was built as (an entity's label, Fact or Document). */
export type SearchResultShape =
  (EntityShape & { __typename: EntityKind }) | (FactShape & { __typename: 'Fact' }) | (DocumentShape & { __typename: 'Document' });

/** A search result with how it matched: a SearchEdge without its cursor. */
export interface SearchHitShape {
  score: number;
  field: string;
  matchedBy: SearchMatch;
  snippet: string;
  node: SearchResultShape;
}
export type SearchEdgeShape = SearchHitShape & { cursor: string };

/** A page of a Relay connection; the total is counted only when asked for. */
export interface PageShape<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: () => Promise<number>;
}
export type EntityPageShape = PageShape<EntityShape>;
export type MetricPageShape = PageShape<MetricShape>;
export type FactPageShape = PageShape<FactShape>;
export type DocumentPageShape = PageShape<DocumentShape>;

/** A page of search results: its edges carry how each result matched. */
export type SearchPageShape = Omit<PageShape<SearchResultShape>, 'edges'> & { edges: SearchEdgeShape[] };

/** A metric key with what its facts say about it; its subjects are loaded by `key`. */
export interface MetricShape {
  key: string;
  description: string | null;
  units: string[];
  factCount: number;
  subjectCount: number;
  period: { start: string; end: string; label: null } | null;
}

/** A value of a series for one period, and the facts that state it (fact records, so Fact's resolvers apply). */
export interface SeriesPointShape {
  period: { start: string; end: string; label: string | null };
  value: number;
  conflicting: boolean;
  facts: FactShape[];
}

/** One entity's values of one metric in one unit and currency. */
export interface SeriesLineShape {
  subject: EntityShape;
  unit: string | null;
  currency: string | null;
  points: SeriesPointShape[];
}

/** A group of facts in one unit and currency; the entity and document are loaded by id. */
export interface FactGroupShape {
  key: string;
  subjectId: string | null;
  documentId: string | null;
  year: number | null;
  kind: string | null;
  unit: string | null;
  currency: string | null;
  count: number;
  min: number | null;
  max: number | null;
  sum: number | null;
  avg: number | null;
}

/** A connected component of entities: their ids, resolved to entities when a query asks. */
export interface ComponentShape {
  members: string[];
}
