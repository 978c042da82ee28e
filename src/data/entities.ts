import type { Database, Params, QueryOptions, Row } from '../db/neo4j.js';
import { ENTITY_KIND_DECLARATIONS, KIND_ENUMS, type KindEnum, type KindPropertyName } from '../model/entity-kinds.js';
import { allowListed, ENTITY_KIND_NAMES, RELATIONSHIP_TYPE_NAMES, type EntityKind, type RelationshipType } from '../model/vocabulary.js';
import { ifAsOf, knownBy } from './as-of.js';
import { keysetClauses, type KeysetPage } from './keyset.js';
import type { ListStatement } from './list-statements.js';
import { ENTITY_PROPERTIES, entityMap, withProperties, type EntityProjection, type EntityProperty } from './projection.js';

/** Entities by id with the projected properties (named by a document published by `asOf`, when given); ids that match nothing are absent from the map. */
export async function entitiesByIds(
  db: Database,
  ids: readonly string[],
  projection: EntityProjection,
  opts?: QueryOptions,
  asOf: string | null = null,
): Promise<Map<string, Row>> {
  const rows = await db.read(
    `UNWIND $ids AS id MATCH (n:Entity {id: id}) WHERE ${ifAsOf(asOf, knownBy('n', 'MENTIONED_IN', '$asOf'))} RETURN ${entityMap('n', projection)} AS n`,
    { ids, asOf },
    opts,
  );
  return new Map(rows.map((r) => [String((r.n as Row).id), r.n as Row]));
}

/** Properties lists can be filtered on by enumeration: the kinds' enumerated properties. */
export const ENUM_FILTER_PROPERTIES = Object.keys(KIND_ENUMS) as KindEnum[];
/** Properties lists can be ordered by: name, degree, and those the kinds declare. */
export const SORT_PROPERTIES: readonly EntityProperty[] = [
  'name',
  'degree',
  ...new Set(Object.values(ENTITY_KIND_DECLARATIONS).flatMap((k) => Object.keys(k.orderBy) as KindPropertyName[])),
];

export interface EntityListQuery {
  label: EntityKind;
  nameContains?: string;
  enumFilter?: { property: KindEnum; values: string[] };
  /** Only entities LOCATED_IN this place, at any depth. */
  within?: string;
  /** Only entities with this relationship to the entity `id`. */
  related?: { type: RelationshipType; direction: 'OUTGOING' | 'INCOMING'; id: string };
  /** Partial-date bounds on a date property (e.g. `issuedOn`), compared at the precision given. */
  dates?: { property: EntityProperty; from?: string; to?: string };
  /** Only entities a document published by this day (YYYY-MM-DD) names (as-of.ts). */
  asOf?: string;
  order: { property: EntityProperty; descending: boolean };
}

function conditions(q: EntityListQuery): { where: string[]; params: Params } {
  const where: string[] = [];
  const params: Params = {};
  if (q.nameContains) {
    where.push('(toLower(n.name) CONTAINS $text OR any(a IN n.aliases + coalesce(n.nameValues, []) WHERE toLower(a) CONTAINS $text))');
    params.text = q.nameContains.toLowerCase();
  }
  if (q.enumFilter) {
    where.push(`n.${allowListed(q.enumFilter.property, ENUM_FILTER_PROPERTIES)} IN $enumValues`);
    params.enumValues = q.enumFilter.values;
  }
  if (q.within) {
    where.push('EXISTS { MATCH (n)-[:LOCATED_IN*1..8]->(:Entity {id: $within}) }');
    params.within = q.within;
  }
  if (q.related) {
    const type = allowListed(q.related.type, RELATIONSHIP_TYPE_NAMES);
    where.push(
      q.related.direction === 'OUTGOING'
        ? `EXISTS { MATCH (n)-[:${type}]->(:Entity {id: $relatedId}) }`
        : `EXISTS { MATCH (n)<-[:${type}]-(:Entity {id: $relatedId}) }`,
    );
    params.relatedId = q.related.id;
  }
  if (q.dates) {
    const date = `n.${allowListed(q.dates.property, ENTITY_PROPERTIES)}`;
    if (q.dates.from) {
      where.push(`left(${date}, size($dateFrom)) >= $dateFrom`);
      params.dateFrom = q.dates.from;
    }
    if (q.dates.to) {
      where.push(`left(${date}, size($dateTo)) <= $dateTo`);
      params.dateTo = q.dates.to;
    }
  }
  if (q.asOf) {
    where.push(knownBy('n', 'MENTIONED_IN', '$asOf'));
    params.asOf = q.asOf;
  }
  return { where, params };
}

/** The list's statements: a keyset page of a kind's entities with the projected properties, and their count. */
export function entityList(q: EntityListQuery, page: KeysetPage, projection: EntityProjection): ListStatement {
  const label = allowListed(q.label, ENTITY_KIND_NAMES);
  const sort = `n.${allowListed(q.order.property, SORT_PROPERTIES)}`;
  const { where, params } = conditions(q);
  const keyset = keysetClauses(sort, 'n.id', q.order.descending, page);
  return {
    page: `MATCH (n:${label}) WHERE ${[...where, keyset.where].join(' AND ')}
     WITH n ORDER BY ${keyset.orderBy} LIMIT $limit`,
    // Cursors are made of the sort property.
    row: entityMap('n', withProperties(projection, q.order.property)),
    count: `MATCH (n:${label}) ${where.length ? `WHERE ${where.join(' AND ')}` : ''} RETURN count(n) AS total`,
    params: { ...params, ...keyset.params, limit: page.size + 1 },
  };
}
