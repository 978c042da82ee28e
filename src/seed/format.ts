import { z } from 'zod';
import {
  CHANGE_BASES,
  ENTITY_KIND_NAMES,
  ENTITY_KINDS,
  FACT_KINDS,
  KIND_ENUMS,
  QUALIFIERS,
  RELATIONSHIP_TYPE_NAMES,
  SUBJECT_ROLES,
} from '../model/vocabulary.js';

// The seed files' format, as documented in seeds/README.md. Structure only: references,
// quotes and merging are checked in validate.ts, where all files are seen together.

const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';
const ENTITY_PREFIXES = Object.values(ENTITY_KINDS).join('|');
export const ENTITY_ID = new RegExp(`^(?:${ENTITY_PREFIXES}):${SLUG}$`);

const idWith = (prefix: string) => z.string().regex(new RegExp(`^${prefix}:${SLUG}$`), `must look like ${prefix}:lower-case-words`);
const entityId = z.string().regex(ENTITY_ID, `must be an entity id (${ENTITY_PREFIXES}):lower-case-words`);

function isRealDate(s: string): boolean {
  const [y, m = 1, d = 1] = s.split('-').map(Number);
  const date = new Date(Date.UTC(y!, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A date with the precision the text gives: 2020, 2020-06 or 2020-06-12. */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isRealDate, 'is not a real calendar date');

export const FullDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD')
  .refine(isRealDate, 'is not a real calendar date');

export const Evidence = z
  .object({
    document: idWith('doc'),
    quote: z.string().min(1),
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
  })
  .strict()
  .refine((e) => e.end > e.start, { message: 'end must be greater than start', path: ['end'] });
export type Evidence = z.infer<typeof Evidence>;

const Period = z
  .object({ start: PartialDate.optional(), end: PartialDate.optional() })
  .strict()
  .refine((p) => p.start !== undefined || p.end !== undefined, 'needs a start or an end');

export const Entity = z
  .object({
    id: entityId,
    type: z.enum(ENTITY_KIND_NAMES),
    name: z.string().trim().min(1),
    aliases: z.array(z.string().trim().min(1)).default([]),
    description: z.string().trim().min(1).optional(),
    mentions: z.array(Evidence).min(1, 'needs at least one mention as evidence'),
    placeType: z.enum(KIND_ENUMS.placeType).optional(),
    orgType: z.enum(KIND_ENUMS.orgType).optional(),
    platformType: z.enum(KIND_ENUMS.platformType).optional(),
    baseType: z.enum(KIND_ENUMS.baseType).optional(),
    policyType: z.enum(KIND_ENUMS.policyType).optional(),
    issuedOn: PartialDate.optional(),
    publishedOn: PartialDate.optional(),
    period: Period.optional(),
    title: z.string().trim().min(1).optional(),
  })
  .strict();
export type Entity = z.infer<typeof Entity>;

/** Which kinds may carry each kind-specific property. */
export const KIND_PROPERTIES = {
  placeType: ['Place'],
  orgType: ['Organization'],
  platformType: ['Platform'],
  baseType: ['Base'],
  policyType: ['Policy'],
  issuedOn: ['Policy'],
  period: ['Policy', 'Event'],
  publishedOn: ['Report'],
  title: ['Person'],
} as const satisfies Partial<Record<keyof Entity, readonly string[]>>;

export const Relationship = z
  .object({
    type: z.enum(RELATIONSHIP_TYPE_NAMES),
    from: entityId,
    to: entityId,
    properties: z.record(z.string().regex(/^[a-z][A-Za-z]*$/), z.union([z.string(), z.number(), z.boolean()])).default({}),
    evidence: z.array(Evidence).min(1, 'needs at least one piece of evidence'),
  })
  .strict();
export type Relationship = z.infer<typeof Relationship>;

export const Fact = z
  .object({
    id: idWith('fact'),
    kind: z.enum(FACT_KINDS),
    statement: z.string().trim().min(1),
    metric: z.string().regex(/^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/, 'must be snake_case').optional(),
    value: z.number().finite().optional(),
    unit: z.string().regex(/^[a-z][a-z0-9_]*$/, 'must be a lower-case unit word').optional(),
    currency: z.enum(['CNY', 'USD']).optional(),
    qualifier: z.enum(QUALIFIERS).optional(),
    valueText: z.string().min(1).optional(),
    period: z
      .object({ start: FullDate, end: FullDate, label: z.string().min(1).optional() })
      .strict()
      .refine((p) => p.start <= p.end, { message: 'start must not be after end', path: ['end'] })
      .optional(),
    change: z
      .object({ value: z.number().finite(), unit: z.enum(['percent', 'percentage_points', 'times']), basis: z.enum(CHANGE_BASES) })
      .strict()
      .optional(),
    rank: z.number().int().positive().optional(),
    rankOf: z.number().int().positive().optional(),
    subjects: z.array(z.object({ entity: entityId, role: z.enum(SUBJECT_ROLES) }).strict()).min(1, 'needs at least one subject'),
    statedBy: entityId.optional(),
    evidence: z.array(Evidence).min(1, 'needs at least one piece of evidence'),
  })
  .strict()
  .refine((f) => f.value === undefined || f.unit !== undefined, { message: 'a value needs a unit', path: ['unit'] })
  .refine((f) => f.kind !== 'statistic' || f.value !== undefined, { message: 'a statistic needs a value', path: ['value'] })
  .refine((f) => f.kind !== 'ranking' || f.rank !== undefined, { message: 'a ranking needs a rank', path: ['rank'] })
  .refine((f) => f.currency === undefined || f.value !== undefined, { message: 'a currency needs a value', path: ['currency'] });
export type Fact = z.infer<typeof Fact>;

export const GraphFile = z
  .object({
    document: idWith('doc'),
    entities: z.array(z.unknown()).default([]),
    relationships: z.array(z.unknown()).default([]),
    facts: z.array(z.unknown()).default([]),
  })
  .strict();

export const DocumentMeta = z
  .object({
    id: idWith('doc'),
    file: z.string().regex(/^[\w.-]+\.txt$/, 'must be a .txt file name in seeds/documents/'),
    /** Pins the article's bytes: the sources must stay byte-identical. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be a lower-case hex SHA-256'),
    title: z.string().trim().min(1),
    publisher: z.string().trim().min(1).nullable(),
    authors: z.array(z.string().trim().min(1)).default([]),
    publishedOn: PartialDate.nullable(),
    publishedOnBasis: z.string().min(1).nullable().optional(),
    language: z.string().regex(/^[a-z]{2}(?:-[A-Z]{2})?$/, 'must be a language code like en'),
    sourceLanguageNote: z.string().min(1).nullable().optional(),
  })
  .strict();
export type DocumentMeta = z.infer<typeof DocumentMeta>;
