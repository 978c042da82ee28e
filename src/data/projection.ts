import { KIND_PROPERTIES, type KindPropertyName } from '../model/entity-kinds.js';

// Which stored properties a read returns. A query that shows ids and names should not pay for
// reading, sending and decoding every description, date and kind-specific property on the way.

/** The properties every entity stores that the API shows. */
// nameValues, nameLangs and nameOrigins are the `names` field's three lists (src/seed/rows.ts, storedNames).
const COMMON_ENTITY_PROPERTIES = [
  'id',
  'kind',
  'name',
  'aliases',
  'nameValues',
  'nameLangs',
  'nameOrigins',
  'description',
  'degree',
] as const;
export type EntityProperty = (typeof COMMON_ENTITY_PROPERTIES)[number] | KindPropertyName;
/** The properties entities store that the API shows: every entity's, and those the kinds declare. */
export const ENTITY_PROPERTIES: readonly EntityProperty[] = [...COMMON_ENTITY_PROPERTIES, ...KIND_PROPERTIES.keys()];

/** The properties facts store that the API shows. */
export const FACT_PROPERTIES = [
  'id',
  'kind',
  'statement',
  'metric',
  'value',
  'unit',
  'currency',
  'qualifier',
  'valueText',
  'periodStart',
  'periodEnd',
  'periodLabel',
  'changeValue',
  'changeUnit',
  'changeBasis',
  'rank',
  'rankOf',
] as const;
export type FactProperty = (typeof FACT_PROPERTIES)[number];

/** The properties documents store that the API shows, but their text: an article runs to many kilobytes and few fields ask for it. */
export const DOCUMENT_PROPERTIES = [
  'id',
  'title',
  'publisher',
  'authors',
  'publishedOn',
  'publishedOnBasis',
  'language',
  'sourceLanguageNote',
  'file',
  'sha256',
] as const;
export type DocumentProperty = (typeof DOCUMENT_PROPERTIES)[number];

/** Some allow-listed properties, or every property stored ('all': what writes, search snippets and the curator read). */
export type Projection<P extends string = string> = readonly P[] | 'all';
export type EntityProjection = Projection<EntityProperty>;
export type FactProjection = Projection<FactProperty>;
export type DocumentProjection = Projection<DocumentProperty>;

/** `names` that are allowed, plus `always`, in the allow-list's order (so equal projections are equal arrays). */
function project<P extends string>(allowed: readonly P[], always: readonly P[], names: Iterable<string>): readonly P[] {
  const wanted = new Set<string>([...always, ...names]);
  return allowed.filter((p) => wanted.has(p));
}

/** An entity projection: these properties and the ones every record needs (id; kind, its GraphQL type; name, the default order). */
export const entityProjection = (names: Iterable<string>): EntityProjection => project(ENTITY_PROPERTIES, ['id', 'kind', 'name'], names);

/** A fact projection: these properties and id and kind. */
export const factProjection = (names: Iterable<string>): FactProjection => project(FACT_PROPERTIES, ['id', 'kind'], names);

/** A document projection: these properties and its id. */
export const documentProjection = (names: Iterable<string>): DocumentProjection => project(DOCUMENT_PROPERTIES, ['id'], names);

/** The entity projection with more properties (a sort key, say). */
export const withProperties = (projection: EntityProjection, ...more: EntityProperty[]): EntityProjection =>
  projection === 'all' ? 'all' : entityProjection([...projection, ...more]);

/** A key telling projections apart, for batching loaders. */
export const projectionKey = (projection: Projection): string => (projection === 'all' ? '*' : projection.join(','));

/** `v {.a, .b}`, or `v {.*}` for all; only names of `allowed` reach the text. */
function mapOf(variable: string, projection: Projection, allowed: readonly string[], extra: string): string {
  const fields = projection === 'all' ? ['.*'] : projection.filter((p) => allowed.includes(p)).map((p) => `.${p}`);
  return `${variable} {${[...fields, ...(extra ? [extra] : [])].join(', ')}}`;
}

/** The Cypher map projection of entity `variable`. */
export const entityMap = (variable: string, projection: EntityProjection = 'all'): string =>
  mapOf(variable, projection, ENTITY_PROPERTIES, '');

/** The Cypher map projection of document `variable`; 'all' is every property but the text. */
export const documentMap = (variable: string, projection: DocumentProjection = 'all'): string =>
  mapOf(variable, projection === 'all' ? DOCUMENT_PROPERTIES : projection, DOCUMENT_PROPERTIES, '');

/** The Cypher map projection of fact `variable`, with `extra` entries (`evidence: …`) when given. */
export const factMap = (variable: string, projection: FactProjection = 'all', extra = ''): string =>
  mapOf(variable, projection, FACT_PROPERTIES, extra);
