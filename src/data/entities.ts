import type { Database, Params, QueryOptions, Row } from '../db/neo4j.js';
import { allowListed, ENTITY_KIND_NAMES, RELATIONSHIP_TYPE_NAMES, type EntityKind, type RelationshipType } from '../model/vocabulary.js';
import { keysetClauses, type KeysetPage } from './keyset.js';
import { entityMap, withProperties, type EntityProjection } from './projection.js';

/** Entities by id with the projected properties; ids that match nothing are absent from the map. */
export async function entitiesByIds(db: Database, ids: readonly string[], projection: EntityProjection, opts?: QueryOptions): Promise<Map<string, Row>> {
  const rows = await db.read(`UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN ${entityMap('n', projection)} AS n`, { ids }, opts);
  return new Map(rows.map((r) => [String((r.n as Row).id), r.n as Row]));
}

/** Properties lists can be filtered on by enumeration. */
export const ENUM_FILTER_PROPERTIES = ['placeType', 'orgType', 'platformType', 'baseType', 'policyType'] as const;
/** Properties lists can be ordered by. */
export const SORT_PROPERTIES = ['name', 'degree', 'issuedOn', 'periodStart', 'publishedOn'] as const;

export interface EntityListQuery {
  label: EntityKind;
  nameContains?: string;
  enumFilter?: { property: (typeof ENUM_FILTER_PROPERTIES)[number]; values: string[] };
  /** Only entities LOCATED_IN this place, at any depth. */
  within?: string;
  /** Only entities with this relationship to the entity `id`. */
  related?: { type: RelationshipType; direction: 'OUTGOING' | 'INCOMING'; id: string };
  /** Partial-date bounds on `issuedOn`, compared at the precision given. */
  issuedFrom?: string;
  issuedTo?: string;
  order: { property: (typeof SORT_PROPERTIES)[number]; descending: boolean };
}

function conditions(q: EntityListQuery): { where: string[]; params: Params } {
  const where: string[] = [];
  const params: Params = {};
  if (q.nameContains) {
    where.push('(toLower(n.name) CONTAINS $text OR any(a IN n.aliases WHERE toLower(a) CONTAINS $text))');
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
    where.push(q.related.direction === 'OUTGOING' ? `EXISTS { MATCH (n)-[:${type}]->(:Entity {id: $relatedId}) }` : `EXISTS { MATCH (n)<-[:${type}]-(:Entity {id: $relatedId}) }`);
    params.relatedId = q.related.id;
  }
  if (q.issuedFrom) {
    where.push('left(n.issuedOn, size($issuedFrom)) >= $issuedFrom');
    params.issuedFrom = q.issuedFrom;
  }
  if (q.issuedTo) {
    where.push('left(n.issuedOn, size($issuedTo)) <= $issuedTo');
    params.issuedTo = q.issuedTo;
  }
  return { where, params };
}

/** Counts the entities the filter keeps, as `total`. */
function countStatement(q: EntityListQuery, where: string[]): string {
  return `MATCH (n:${allowListed(q.label, ENTITY_KIND_NAMES)}) ${where.length ? `WHERE ${where.join(' AND ')}` : ''} RETURN count(n) AS total`;
}

/** The page's rows as `n`: sorted and cut before any projection, which would read every candidate's properties. */
function pageStatement(q: EntityListQuery, page: KeysetPage): { match: string; where: string[]; params: Params } {
  const sort = `n.${allowListed(q.order.property, SORT_PROPERTIES)}`;
  const { where, params } = conditions(q);
  const keyset = keysetClauses(sort, 'n.id', q.order.descending, page);
  return {
    match: `MATCH (n:${allowListed(q.label, ENTITY_KIND_NAMES)}) WHERE ${[...where, keyset.where].join(' AND ')}
     WITH n ORDER BY ${keyset.orderBy} LIMIT $limit`,
    where,
    params: { ...params, ...keyset.params, limit: page.size + 1 },
  };
}

/** The projection with the sort property, which cursors are made of. */
const pageProjection = (q: EntityListQuery, projection: EntityProjection) => entityMap('n', withProperties(projection, q.order.property));

/** One keyset page of a kind's entities (size + 1 rows, in query order). */
export async function entityPage(db: Database, q: EntityListQuery, page: KeysetPage, projection: EntityProjection, opts?: QueryOptions): Promise<Row[]> {
  const { match, params } = pageStatement(q, page);
  const rows = await db.read(`${match} RETURN ${pageProjection(q, projection)} AS n`, params, opts);
  return rows.map((r) => r.n as Row);
}

/** A page as entityPage() gives it and the total count, in one statement. */
export async function entityPageAndCount(
  db: Database,
  q: EntityListQuery,
  page: KeysetPage,
  projection: EntityProjection,
  opts?: QueryOptions,
): Promise<{ rows: Row[]; total: number }> {
  const { match, where, params } = pageStatement(q, page);
  const [row] = await db.read(
    `CALL () { ${countStatement(q, where)} } CALL () { ${match} RETURN collect(${pageProjection(q, projection)}) AS rows } RETURN rows, total`,
    params,
    opts,
  );
  return { rows: (row?.rows ?? []) as Row[], total: Number(row?.total ?? 0) };
}

/** How many entities of a kind match the filter. */
export async function entityCount(db: Database, q: EntityListQuery, opts?: QueryOptions): Promise<number> {
  const { where, params } = conditions(q);
  const [row] = await db.read(countStatement(q, where), params, opts);
  return Number(row?.total ?? 0);
}
