import { Kind, type GraphQLResolveInfo } from 'graphql';
import { documentList, type DocumentOrder } from '../../data/documents.js';
import type { GraphQLContext } from '../context.js';
import { labelOf } from '../enums.js';
import type { DocumentOrderField, QueryDocumentsArgs, Resolvers } from '../generated/resolvers.js';
import { graphId } from '../inputs.js';
import { onEveryKind } from '../kind-fields.js';
import { pageRequest, readList, toPage, type PageArgs } from '../pagination.js';
import { documentRecord } from '../records.js';
import type { DocumentPageShape, DocumentShape, EntityShape, EvidenceShape } from '../shapes.js';
import {
  loadDocument,
  loadDocumentEntities,
  loadDocumentText,
  loadDocumentFacts,
  loadEntityDocuments,
  loadEvidenceOf,
} from '../source-loaders.js';

const ORDER_FIELDS: Record<DocumentOrderField, DocumentOrder['sort']> = { PUBLISHED_ON: 'publishedOn', TITLE: 'title' };

/**
 * `documents(first:)` has an SDL default (20) that would clash with every `last`: a `first`
 * counts only when the query itself sets it.
 */
function pageArgs(args: QueryDocumentsArgs, info: GraphQLResolveInfo): PageArgs {
  const first = info.fieldNodes[0]?.arguments?.find((a) => a.name.value === 'first');
  const set = first !== undefined && (first.value.kind !== Kind.VARIABLE || info.variableValues[first.value.name.value] !== undefined);
  return set ? args : { ...args, first: null };
}

/** One page of documents, newest first unless ordered otherwise, with a total counted only when asked for. */
async function listDocuments(ctx: GraphQLContext, args: QueryDocumentsArgs, info: GraphQLResolveInfo): Promise<DocumentPageShape> {
  const req = pageRequest(pageArgs(args, info));
  const order: DocumentOrder = args.orderBy
    ? { sort: ORDER_FIELDS[args.orderBy.field], descending: args.orderBy.direction === 'DESC' }
    : { sort: 'publishedOn', descending: true };
  const { rows, count } = await readList(ctx, info, documentList(order, req), 'documents');
  return toPage(req, rows.map(documentRecord), (d) => ({ value: d[order.sort], id: d.id }), count);
}

/** Every quote belongs to a stored document (the seed validator sees to it). */
async function documentOf(ctx: GraphQLContext, evidence: EvidenceShape): Promise<DocumentShape> {
  const document = evidence.document ?? (await loadDocument(ctx, evidence.documentId));
  if (!document) throw new Error(`Evidence ${evidence.id} quotes ${evidence.documentId}, which is not in the graph`);
  return document;
}

/** Fields of every entity type: where the sources name it. */
const entitySourceFields = {
  // An entity read as of a day shows the mentions and documents published by then.
  mentions: (entity: EntityShape, _args: unknown, ctx: GraphQLContext) => loadEvidenceOf(ctx, 'entity', entity.id, entity.asOf),
  documents: (entity: EntityShape, _args: unknown, ctx: GraphQLContext) => loadEntityDocuments(ctx, entity.id, entity.asOf),
};

export const documentsResolvers = {
  Query: {
    document: (_root, { id }, ctx) => loadDocument(ctx, graphId('id', id)),
    documents: (_root, args, ctx, info) => listDocuments(ctx, args, info),
  },
  Document: {
    text: (document, _args, ctx) => document.text ?? loadDocumentText(ctx, document.id),
    entities: (document, { kinds }, ctx) => loadDocumentEntities(ctx, document.id, kinds?.length ? kinds.map(labelOf) : null),
    facts: (document, _args, ctx) => loadDocumentFacts(ctx, document.id),
    evidence: (document, _args, ctx) => loadEvidenceOf(ctx, 'document', document.id),
  },
  Evidence: { document: (evidence, _args, ctx) => documentOf(ctx, evidence) },
  DocumentConnection: { totalCount: (page) => page.totalCount() },
  ...onEveryKind((kind) => kind, entitySourceFields),
} satisfies Resolvers;
