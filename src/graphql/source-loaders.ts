import { documentsByIds, documentsOfEntities, documentTexts, entitiesOfDocuments } from '../data/documents.js';
import { evidenceByIds, evidenceOf } from '../data/evidence.js';
import { standingOfFacts, type FactStanding } from '../data/fact-standing.js';
import { edgesByIds } from '../data/graph.js';
import { factsByIds, factsOfDocuments, statersOfFacts, subjectsOfFacts } from '../data/facts.js';
import type { Database, QueryOptions, Row } from '../db/neo4j.js';
import type { EntityKind } from '../model/vocabulary.js';
import type { GraphQLContext } from './context.js';
import { toEnum } from './enums.js';
import { queryOptions } from './query-options.js';
import { documentRecord, edgeRecord, entityRecord, evidenceRecord, factRecord } from './records.js';
import type { DocumentShape, EdgeShape, EntityShape, EvidenceShape, FactShape, FactSubjectShape } from './shapes.js';

// Batched loaders for facts, documents and evidence and what links them to entities: each
// distinct selection costs one query per level of the result tree, whatever the number of parents.

type Query<R> = (db: Database, ids: readonly string[], opts: QueryOptions) => Promise<Map<string, R>>;

/** Loads `id` through this request's loader `name`, which runs `query` once for all ids asked together. */
function load<R, S>(ctx: GraphQLContext, name: string, query: Query<R>, shape: (row: R) => S, fallback: S, id: string): Promise<S> {
  return ctx.loaders
    .get<S>(
      name,
      async (ids) => new Map([...(await query(ctx.db, ids, queryOptions(ctx, name)))].map(([key, row]) => [key, shape(row)])),
      fallback,
    )
    .load(id);
}

const many =
  <S>(shape: (row: Row) => S) =>
  (rows: Row[]): S[] =>
    rows.map(shape);

/** A fact by id; null when none has it, or, with `asOf`, when no document published by then evidences it. */
export const loadFact = (ctx: GraphQLContext, id: string, asOf?: string): Promise<FactShape | null> =>
  load(ctx, asOf === undefined ? 'fact' : `fact@${asOf}`, (db, ids, opts) => factsByIds(db, ids, opts, asOf ?? null), factRecord, null, id);

/** A document by id; null when none has it. */
export const loadDocument = (ctx: GraphQLContext, id: string): Promise<DocumentShape | null> =>
  load(ctx, 'document', documentsByIds, documentRecord, null, id);

/** A document's full text (other document queries leave it out). */
export const loadDocumentText = (ctx: GraphQLContext, id: string): Promise<string> =>
  load(ctx, 'documentText', documentTexts, String, '', id);

/** Evidence by id; null when none has it. */
export const loadEvidence = (ctx: GraphQLContext, id: string): Promise<EvidenceShape | null> =>
  load(ctx, 'evidence', evidenceByIds, evidenceRecord, null, id);

/** A relationship by id (src/model/edge-ids.ts); null when none has it. */
export const loadEdge = (ctx: GraphQLContext, id: string): Promise<EdgeShape | null> => load(ctx, 'edge', edgesByIds, edgeRecord, null, id);

const subjectRecord = (row: Row): FactSubjectShape => ({ role: toEnum(row.role)!, entity: entityRecord(row.entity as Row) });

/** The entities a fact is about, with their roles. */
export const loadFactSubjects = (ctx: GraphQLContext, factId: string): Promise<FactSubjectShape[]> =>
  load(ctx, 'factSubjects', subjectsOfFacts, many(subjectRecord), [], factId);

/** Who stated a fact; null when the source does not say. */
export const loadStatedBy = (ctx: GraphQLContext, factId: string): Promise<EntityShape | null> =>
  load(ctx, 'factStatedBy', statersOfFacts, entityRecord, null, factId);

/** The evidence of an entity (its mentions), a fact or a document, in text order; only in documents published by `asOf`, when given. */
export const loadEvidenceOf = (
  ctx: GraphQLContext,
  owner: 'entity' | 'fact' | 'document',
  id: string,
  asOf?: string,
): Promise<EvidenceShape[]> =>
  load(ctx, `evidenceOf:${owner}@${asOf ?? ''}`, (db, ids, opts) => evidenceOf(db, owner, ids, opts, asOf), many(evidenceRecord), [], id);

/** The documents that mention an entity; only those published by `asOf`, when given. */
export const loadEntityDocuments = (ctx: GraphQLContext, entityId: string, asOf?: string): Promise<DocumentShape[]> =>
  load(
    ctx,
    `entityDocuments@${asOf ?? ''}`,
    (db, ids, opts) => documentsOfEntities(db, ids, opts, asOf),
    many(documentRecord),
    [],
    entityId,
  );

/** The facts a document supports, in text order. */
export const loadDocumentFacts = (ctx: GraphQLContext, documentId: string): Promise<FactShape[]> =>
  load(ctx, 'documentFacts', factsOfDocuments, many(factRecord), [], documentId);

/** The entities a document mentions, by name; only of these kinds unless null. */
export const loadDocumentEntities = (ctx: GraphQLContext, documentId: string, kinds: EntityKind[] | null): Promise<EntityShape[]> =>
  load(
    ctx,
    `documentEntities:${kinds?.join('|') ?? '*'}`,
    (db, ids, opts) => entitiesOfDocuments(db, ids, kinds, opts),
    many(entityRecord),
    [],
    documentId,
  );

/** A fact's standing among conflicting values: its preference and the facts that agree or conflict. */
export const loadStanding = (ctx: GraphQLContext, id: string): Promise<FactStanding> =>
  load(ctx, 'standing', standingOfFacts, (s: FactStanding) => s, { preference: 'normal', conflicts: [], agreements: [] }, id);
