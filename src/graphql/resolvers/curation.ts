import { GraphQLError } from 'graphql';
import { curate, type ItemKind, type Outcome } from '../../curation/curate.js';
import { documentItem, entityItem, factItem, relationshipItem } from '../../curation/items.js';
import { CURATOR_ROLE } from '../../curation/token.js';
import type { Row } from '../../db/neo4j.js';
import type { GraphQLContext } from '../context.js';
import { fromEnum, labelOf, toEnum } from '../enums.js';
import type {
  AddDocumentInput,
  CurationAction,
  CurationChange,
  Resolvers,
  UpsertEntityInput,
  UpsertFactInput,
  UpsertRelationshipInput,
} from '../generated/resolvers.js';
import { Loaders } from '../loaders.js';
import { queryOptions } from '../query-options.js';
import { documentRecord, edgeRecord, entityRecord, factRecord } from '../records.js';
import { isoDay } from '../scalars.js';

// The curator mutations: who may write, the GraphQL input in the seed format (enum values to
// the seeds' spellings, nulls dropped), and the outcome as payload or BAD_USER_INPUT.

/** The token's subject when the caller may write; otherwise the refusal, most fundamental reason first. */
function curatorOf(ctx: GraphQLContext): string {
  if (!ctx.writesEnabled) {
    throw new GraphQLError('Writes are disabled: the server has no curator secret configured (CURATOR_JWT_SECRET).', {
      extensions: { code: 'FORBIDDEN' },
    });
  }
  if (ctx.credentialProblem)
    throw new GraphQLError(`Not authenticated: ${ctx.credentialProblem}.`, { extensions: { code: 'UNAUTHENTICATED' } });
  if (!ctx.viewer)
    throw new GraphQLError('Not authenticated: writes need an Authorization: Bearer <token> header.', {
      extensions: { code: 'UNAUTHENTICATED' },
    });
  if (!ctx.viewer.roles.includes(CURATOR_ROLE)) {
    throw new GraphQLError(`Forbidden: writes need the ${CURATOR_ROLE} role.`, { extensions: { code: 'FORBIDDEN' } });
  }
  return ctx.viewer.subject;
}

/** Runs one curator write; a refused input becomes BAD_USER_INPUT listing every problem. */
async function write<T, P>(ctx: GraphQLContext, field: string, kind: ItemKind<T>, input: unknown, payload: (record: Row) => P) {
  const actor = curatorOf(ctx);
  const outcome: Outcome = await curate(ctx.db, kind, actor, input, queryOptions(ctx, field));
  if (!outcome.ok) {
    const n = outcome.problems.length;
    throw new GraphQLError(
      `The input has ${n} problem${n === 1 ? '' : 's'}; nothing was written: ${outcome.problems.map((p) => p.problem).join('; ')}`,
      {
        extensions: { code: 'BAD_USER_INPUT', argument: 'input', problems: outcome.problems },
      },
    );
  }
  // What this request's loaders cached before the write may be stale now.
  if (outcome.changed) ctx.loaders = new Loaders();
  return { ...payload(outcome.record), changed: outcome.changed, change: outcome.change && changeRecord(outcome.change) };
}

function changeRecord(row: Row): CurationChange {
  return {
    id: String(row.id),
    actor: String(row.actor),
    // The change log holds only the actions curate() writes, the CurationAction values lower-cased.
    action: toEnum(row.action) as CurationAction,
    targetId: String(row.targetId),
    at: String(row.at),
    before: typeof row.before === 'string' ? row.before : null,
    after: String(row.after),
  };
}

// ---- GraphQL input to the seed format ------------------------------------------------------------

/** GraphQL sends null for an omitted optional field; the seed format leaves it out. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) return fieldsWithoutNulls(value);
  return value;
}

/** An input object's fields but those sent as null, at any depth. */
const fieldsWithoutNulls = (value: object): Record<string, unknown> =>
  Object.fromEntries(Object.entries(value).flatMap(([k, v]) => (v === null || v === undefined ? [] : [[k, withoutNulls(v)]])));

/** Stored enumerations are lower_snake; GraphQL's are UPPER_SNAKE. */
const lower = (value: string | null | undefined) => (value ? fromEnum(value) : undefined);

const seedDocument = (input: AddDocumentInput) => ({
  ...fieldsWithoutNulls(input),
  publisher: input.publisher ?? null,
  publishedOn: input.publishedOn ?? null,
});

const seedEntity = (input: UpsertEntityInput) => ({
  ...fieldsWithoutNulls(input),
  type: labelOf(input.type),
  placeType: lower(input.placeType),
  orgType: lower(input.orgType),
  platformType: lower(input.platformType),
  baseType: lower(input.baseType),
  policyType: lower(input.policyType),
  names: input.names?.map((n) => ({ ...n, origin: fromEnum(n.origin ?? 'CURATOR') })),
});

const seedFact = (input: UpsertFactInput) => ({
  ...fieldsWithoutNulls(input),
  kind: fromEnum(input.kind),
  qualifier: lower(input.qualifier),
  period: input.period ? withoutNulls({ ...input.period, start: isoDay(input.period.start), end: isoDay(input.period.end) }) : undefined,
  change: input.change ? { ...input.change, unit: fromEnum(input.change.unit), basis: fromEnum(input.change.basis) } : undefined,
  subjects: input.subjects.map((s) => ({ entity: s.entity, role: fromEnum(s.role) })),
});

const seedRelationship = (input: UpsertRelationshipInput) => ({
  ...fieldsWithoutNulls(input),
  properties: withoutNulls(input.properties ?? {}),
});

export const curationResolvers = {
  Mutation: {
    addDocument: (_root, { input }, ctx) =>
      write(ctx, 'addDocument', documentItem, seedDocument(input), (r) => ({ document: documentRecord(r) })),
    upsertEntity: (_root, { input }, ctx) =>
      write(ctx, 'upsertEntity', entityItem, seedEntity(input), (r) => ({ entity: entityRecord(r) })),
    upsertFact: (_root, { input }, ctx) => write(ctx, 'upsertFact', factItem, seedFact(input), (r) => ({ fact: factRecord(r) })),
    upsertRelationship: (_root, { input }, ctx) =>
      write(ctx, 'upsertRelationship', relationshipItem, seedRelationship(input), (r) => ({ relationship: edgeRecord(r) })),
  },
} satisfies Resolvers;
