import type { Database, Params, QueryOptions, Row } from '../db/neo4j.js';
import { allowListed } from '../model/vocabulary.js';
import { factEvidence } from './evidence.js';
import { keysetClauses, type KeysetPage } from './keyset.js';
import type { ListStatement } from './list-statements.js';
import { entityMap, factMap, type DocumentProjection, type EntityProjection, type FactProjection } from './projection.js';

// Facts: by id, in filtered keyset pages, and the entities they are about or stated by.

/** Facts by id, as stored; ids that match nothing are absent from the map. */
export async function factsByIds(db: Database, ids: readonly string[], opts?: QueryOptions): Promise<Map<string, Row>> {
  const rows = await db.read('UNWIND $ids AS id MATCH (f:Fact {id: id}) RETURN f {.*} AS f', { ids }, opts);
  return new Map(rows.map((r) => [String((r.f as Row).id), r.f as Row]));
}

/**
 * Sort expressions facts can be ordered by. Dates are compared as their ISO strings, which
 * order like the dates, so a cursor can carry them as plain strings.
 */
export const FACT_SORTS = {
  value: 'f.value',
  periodStart: 'toString(f.periodStart)',
  periodEnd: 'toString(f.periodEnd)',
  id: 'f.id',
} as const;

export interface FactListQuery {
  /** Facts about this entity and/or in which a subject has this role (stored lower_snake). */
  subject?: string;
  subjectRole?: string;
  kinds?: string[];
  metric?: string;
  /** Full-date bounds (YYYY-MM-DD), either open; facts without a period never overlap. */
  periodOverlaps?: { from?: string; to?: string };
  /** The same, for periods that lie entirely inside; undated facts never do. */
  periodWithin?: { from?: string; to?: string };
  /** Inclusive bounds of the value, either open; facts without a value never match. */
  value?: { min?: number; max?: number };
  document?: string;
  statedBy?: string;
  statementContains?: string;
  order: { sort: keyof typeof FACT_SORTS; descending: boolean };
}

/** Which facts to select, without an order: what lists and aggregates share. */
export type FactSelection = Omit<FactListQuery, 'order'>;

/** The WHERE conditions on `f` (a :Fact) of a selection, and their parameters: one definition for lists and aggregates. */
export function factConditions(q: FactSelection): { where: string[]; params: Params } {
  const where: string[] = [];
  const params: Params = {};
  if (q.subject !== undefined || q.subjectRole !== undefined) {
    where.push(
      'EXISTS { MATCH (f)-[a:ABOUT]->(s:Entity) WHERE ($subject IS NULL OR s.id = $subject) AND ($subjectRole IS NULL OR a.role = $subjectRole) }',
    );
    Object.assign(params, { subject: q.subject ?? null, subjectRole: q.subjectRole ?? null });
  }
  if (q.kinds) {
    where.push('f.kind IN $kinds');
    params.kinds = q.kinds;
  }
  if (q.metric !== undefined) {
    where.push('f.metric = $metric');
    params.metric = q.metric;
  }
  if (q.periodOverlaps) {
    where.push('f.periodStart IS NOT NULL');
    if (q.periodOverlaps.to) where.push('f.periodStart <= date($periodTo)');
    if (q.periodOverlaps.from) where.push('f.periodEnd >= date($periodFrom)');
    Object.assign(params, { periodFrom: q.periodOverlaps.from ?? null, periodTo: q.periodOverlaps.to ?? null });
  }
  if (q.periodWithin) {
    where.push('f.periodStart IS NOT NULL');
    if (q.periodWithin.from) where.push('f.periodStart >= date($withinFrom)');
    if (q.periodWithin.to) where.push('f.periodEnd <= date($withinTo)');
    Object.assign(params, { withinFrom: q.periodWithin.from ?? null, withinTo: q.periodWithin.to ?? null });
  }
  if (q.value) {
    where.push('f.value IS NOT NULL');
    if (q.value.min !== undefined) where.push('f.value >= $valueMin');
    if (q.value.max !== undefined) where.push('f.value <= $valueMax');
    Object.assign(params, { valueMin: q.value.min ?? null, valueMax: q.value.max ?? null });
  }
  if (q.document !== undefined) {
    where.push('EXISTS { MATCH (f)-[:EVIDENCED_BY]->(:Evidence)-[:QUOTES]->(:Document {id: $document}) }');
    params.document = q.document;
  }
  if (q.statedBy !== undefined) {
    where.push('EXISTS { MATCH (f)-[:STATED_BY]->(:Entity {id: $statedBy}) }');
    params.statedBy = q.statedBy;
  }
  if (q.statementContains !== undefined) {
    where.push('toLower(f.statement) CONTAINS $statementText');
    params.statementText = q.statementContains.toLowerCase();
  }
  return { where, params };
}

/** The list's statements: a keyset page of the facts that match, and their count. */
export function factList(q: FactListQuery, page: KeysetPage): ListStatement {
  const { where, params } = factConditions(q);
  const keyset = keysetClauses(FACT_SORTS[q.order.sort], 'f.id', q.order.descending, page);
  return {
    page: `MATCH (f:Fact) WHERE ${[...where, keyset.where].join(' AND ')}
     WITH f ORDER BY ${keyset.orderBy} LIMIT $limit`,
    row: 'f {.*}',
    count: `MATCH (f:Fact) ${where.length ? `WHERE ${where.join(' AND ')}` : ''} RETURN count(f) AS total`,
    params: { ...params, ...keyset.params, limit: page.size + 1 },
  };
}

/** The subjects of many facts at once: {role, entity} rows by role, then entity name. */
export async function subjectsOfFacts(db: Database, ids: readonly string[], opts?: QueryOptions): Promise<Map<string, Row[]>> {
  const rows = await db.read(
    `UNWIND $ids AS id
     MATCH (:Fact {id: id})-[a:ABOUT]->(n:Entity)
     WITH id, a, n ORDER BY a.role, n.name, n.id
     RETURN id, collect({role: a.role, entity: n {.*}}) AS subjects`,
    { ids },
    opts,
  );
  return new Map(rows.map((r) => [String(r.id), r.subjects as Row[]]));
}

/** Who stated each of many facts, for those that say. */
export async function statersOfFacts(db: Database, ids: readonly string[], opts?: QueryOptions): Promise<Map<string, Row>> {
  const rows = await db.read('UNWIND $ids AS id MATCH (:Fact {id: id})-[:STATED_BY]->(n:Entity) RETURN id, n {.*} AS n', { ids }, opts);
  return new Map(rows.map((r) => [String(r.id), r.n as Row]));
}

/** Which facts of an entity to list: those ABOUT it or STATED_BY it, narrowed by kind, metric and role. */
export interface EntityFactSpec {
  relationship: 'ABOUT' | 'STATED_BY';
  /** Stored lower_snake values; null for any. */
  kinds: readonly string[] | null;
  metric: string | null;
  /** The entity's role in the fact (ABOUT only); null for any. */
  role: string | null;
  /** At most this many per entity. */
  limit: number;
  /** Also each fact's evidence (factEvidence). */
  withEvidence: boolean;
  /** With the evidence, its documents' properties; null for none. */
  evidenceDocuments: DocumentProjection | null;
  /** The facts' properties to return. */
  projection: FactProjection;
}

/**
 * The facts of entity `entity` (`n` or `m`, a variable of the enclosing statement) the spec selects,
 * newest period first and undated ones last, as `facts`. Its parameters (entityFactParams) are
 * prefixed so that it can join any statement.
 */
export function entityFactsSubquery(spec: EntityFactSpec, entity: 'n' | 'm' = 'n'): string {
  const type = allowListed(spec.relationship, ['ABOUT', 'STATED_BY'] as const);
  return `CALL (${entity}) {
       MATCH (f:Fact)-[r:${type}]->(${entity})
       WHERE ($factKinds IS NULL OR f.kind IN $factKinds) AND ($factMetric IS NULL OR f.metric = $factMetric) AND ($factRole IS NULL OR r.role = $factRole)
       WITH DISTINCT f ORDER BY f.periodStart IS NULL, f.periodStart DESC, f.periodEnd DESC, f.id LIMIT $factLimit
       RETURN collect(${factMap('f', spec.projection, spec.withEvidence ? `evidence: ${factEvidence(spec.evidenceDocuments)}` : '')}) AS facts
     }`;
}

/** The parameters of entityFactsSubquery(). */
export const entityFactParams = (spec: EntityFactSpec) => ({
  factKinds: spec.kinds,
  factMetric: spec.metric,
  factRole: spec.role,
  factLimit: spec.limit,
});

/** The facts of many entities at once. */
export async function factsOfEntities(
  db: Database,
  ids: readonly string[],
  spec: EntityFactSpec,
  opts?: QueryOptions,
): Promise<Map<string, Row[]>> {
  const rows = await db.read(
    `UNWIND $ids AS id
     MATCH (n:Entity {id: id})
     ${entityFactsSubquery(spec)}
     RETURN id, facts`,
    { ids, ...entityFactParams(spec) },
    opts,
  );
  return new Map(rows.map((r) => [String(r.id), r.facts as Row[]]));
}

/** Entities by id, each with the facts the spec selects: one statement for two levels of a query. */
export async function entitiesWithFacts(
  db: Database,
  ids: readonly string[],
  spec: EntityFactSpec,
  projection: EntityProjection,
  opts?: QueryOptions,
): Promise<Map<string, { entity: Row; facts: Row[] }>> {
  const rows = await db.read(
    `UNWIND $ids AS id
     MATCH (n:Entity {id: id})
     ${entityFactsSubquery(spec)}
     RETURN id, ${entityMap('n', projection)} AS entity, facts`,
    { ids, ...entityFactParams(spec) },
    opts,
  );
  return new Map(rows.map((r) => [String(r.id), { entity: r.entity as Row, facts: r.facts as Row[] }]));
}

/** The facts evidenced in each of many documents, in the text order of their first quote there. */
export async function factsOfDocuments(db: Database, ids: readonly string[], opts?: QueryOptions): Promise<Map<string, Row[]>> {
  const rows = await db.read(
    `UNWIND $ids AS id
     MATCH (:Document {id: id})<-[:QUOTES]-(e:Evidence)<-[:EVIDENCED_BY]-(f:Fact)
     WITH id, f, min(e.start) AS firstQuote ORDER BY firstQuote, f.id
     RETURN id, collect(f {.*}) AS facts`,
    { ids },
    opts,
  );
  return new Map(rows.map((r) => [String(r.id), r.facts as Row[]]));
}
