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
  type EntityKind,
} from '../model/vocabulary.js';
import {
  ENTITY_KIND_DECLARATIONS,
  KIND_PROPERTIES as DECLARED_PROPERTIES,
  type KindPropertyName,
  type PropertyType,
} from '../model/entity-kinds.js';
import { TEXT_LIMITS as LIMITS } from '../model/text-limits.js';
import { AUDIT_CHECKS } from '../audit/findings.js';

// The seed files' format, as documented in seeds/README.md. Structure only: references,
// quotes and merging are checked in validate.ts, where all files are seen together.

const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';
const ENTITY_PREFIXES = Object.values(ENTITY_KINDS).join('|');
export const ENTITY_ID = new RegExp(`^(?:${ENTITY_PREFIXES}):${SLUG}$`);

const thousands = (n: number) => n.toLocaleString('en-US');
/** How a value over its limit is worded: `is 2,345 characters long, above the limit of 2,000`. */
export const aboveLimit = (measure: string, max: number) => `${measure}, above the limit of ${thousands(max)}`;
export const entries = (n: number) => `has ${thousands(n)} entries`;
const tooLong = (max: number) => ({
  error: (iss: { input?: unknown }) => aboveLimit(`is ${thousands(String(iss.input).length)} characters long`, max),
});
const tooMany = (max: number) => ({ error: (iss: { input?: unknown }) => aboveLimit(entries((iss.input as unknown[]).length), max) });

// JSON escapes each of these to 6 bytes (\u0007), which the limits do not allow for.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const ESCAPED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]|\p{Cs}/u;
function escapedProblem(s: string): string {
  const at = s.search(ESCAPED);
  const code = s.charCodeAt(at).toString(16).toUpperCase().padStart(4, '0');
  return `has U+${code} at offset ${at}: control characters other than tab, newline and carriage return, and unpaired surrogates, are not allowed`;
}

/** A stored text: at most `max` UTF-16 code units (see model/text-limits.ts), and nothing JSON would escape to 6 bytes. */
const bounded = (schema: z.ZodString, max: number) =>
  schema.max(max, tooLong(max)).refine((s) => !ESCAPED.test(s), { error: (iss) => escapedProblem(String(iss.input)) });
const trimmed = (max: number) => bounded(z.string().trim().min(1), max);
/** Kept as given: a quote or an article must match its source character for character. */
const untrimmed = (max: number) => bounded(z.string().min(1), max);

const idWith = (prefix: string) =>
  z
    .string()
    .max(LIMITS.id, tooLong(LIMITS.id))
    .regex(new RegExp(`^${prefix}:${SLUG}$`), `must look like ${prefix}:lower-case-words`);
const entityId = z
  .string()
  .max(LIMITS.id, tooLong(LIMITS.id))
  .regex(ENTITY_ID, `must be an entity id (${ENTITY_PREFIXES}):lower-case-words`);

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
    quote: untrimmed(LIMITS.evidence.quote),
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

/** Stored properties a seed file gives together as one `period: { start, end }`. */
export const PERIOD_PARTS = { periodStart: 'start', periodEnd: 'end' } as const;
const isPeriodPart = (name: string): name is keyof typeof PERIOD_PARTS => name in PERIOD_PARTS;

/** The seed field of a kind's stored property: the property itself, or `period` for its start and end. */
const seedField = (name: KindPropertyName) => (isPeriodPart(name) ? 'period' : name);

/** How a seed file writes a kind property of this type. */
function seedValue(name: string, type: PropertyType): z.ZodType {
  if (typeof type !== 'string') return z.enum(KIND_ENUMS[type.enum]);
  if (type === 'PartialDate') return PartialDate;
  return trimmed((LIMITS.entity as Readonly<Record<string, number>>)[name] ?? LIMITS.entity.kindText);
}

/** The kind-specific properties of the seed format, from the kind declarations (src/model/entity-kinds.ts). */
const KIND_SPECIFIC: Record<string, z.ZodOptional<z.ZodType>> = Object.fromEntries(
  [...DECLARED_PROPERTIES].map(([name, type]) => [seedField(name), (isPeriodPart(name) ? Period : seedValue(name, type)).optional()]),
);

/**
 * A name in another language, language-tagged. The articles are English, so their spellings are
 * `aliases`; these are supplied by a curator (the Chinese name of a city, platform or ministry)
 * and say so with `origin`, so that nobody takes them for quotes.
 */
export const Name = z
  .object({
    value: trimmed(LIMITS.entity.alias),
    lang: z.string().regex(/^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-[A-Z]{2})?$/, 'must be a BCP 47 language tag like zh, zh-Hans or zh-TW'),
    origin: z.literal('curator', 'must be curator: a name no article quotes is supplied by a curator'),
  })
  .strict();
export type Name = z.infer<typeof Name>;

const EntityCommon = z.object({
  id: entityId,
  type: z.enum(ENTITY_KIND_NAMES),
  name: trimmed(LIMITS.entity.name),
  aliases: z.array(trimmed(LIMITS.entity.alias)).max(LIMITS.entity.aliases, tooMany(LIMITS.entity.aliases)).default([]),
  names: z.array(Name).max(LIMITS.entity.names, tooMany(LIMITS.entity.names)).optional(),
  description: trimmed(LIMITS.entity.description).optional(),
  mentions: z.array(Evidence).min(1, 'needs at least one mention as evidence'),
});
/** An entity of a seed file: what every entity has, and the kind-specific properties (text, dates or enum values). */
export type Entity = z.infer<typeof EntityCommon> & { period?: z.infer<typeof Period> } & Partial<
    Record<Exclude<KindPropertyName, keyof typeof PERIOD_PARTS>, string>
  >;
// Built from the declarations, the shape's keys are not known to the compiler: the type above says what they parse to.
export const Entity = EntityCommon.extend(KIND_SPECIFIC).strict() as unknown as z.ZodType<Entity, z.input<typeof EntityCommon>>;

/** Which kinds may carry each kind-specific seed field. */
export const KIND_PROPERTIES: Readonly<Record<string, readonly EntityKind[]>> = Object.fromEntries(
  Object.keys(KIND_SPECIFIC).map((field) => [
    field,
    ENTITY_KIND_NAMES.filter((kind) =>
      Object.keys(ENTITY_KIND_DECLARATIONS[kind].fields).some((name) => seedField(name as KindPropertyName) === field),
    ),
  ]),
);

// Role and how are the properties the vocabulary names; the format lets a seed file give others.
const PROPERTY_TEXT: Record<string, z.ZodString> = {
  role: bounded(z.string(), LIMITS.relationship.role),
  how: bounded(z.string(), LIMITS.relationship.how),
};
const OTHER_PROPERTY_TEXT = bounded(z.string(), LIMITS.relationship.otherProperty);
const RelationshipProperties = z
  .record(
    z
      .string()
      .max(LIMITS.relationship.propertyName, tooLong(LIMITS.relationship.propertyName))
      .regex(/^[a-z][A-Za-z]*$/, 'must be a camelCase name'),
    z.union([z.string(), z.number(), z.boolean()]),
    // Zod words a bad key "Invalid key in record"; the key's own problems say more.
    { error: (iss) => (iss.code === 'invalid_key' ? `property name ${iss.issues.map((i) => i.message).join(', ')}` : undefined) },
  )
  .superRefine((properties, ctx) => {
    for (const [name, value] of Object.entries(properties)) {
      if (typeof value !== 'string') continue;
      const text = (PROPERTY_TEXT[name] ?? OTHER_PROPERTY_TEXT).safeParse(value);
      for (const issue of text.error?.issues ?? []) ctx.addIssue({ code: 'custom', path: [name], message: issue.message });
    }
  });

export const Relationship = z
  .object({
    type: z.enum(RELATIONSHIP_TYPE_NAMES),
    from: entityId,
    to: entityId,
    properties: RelationshipProperties.default({}),
    evidence: z.array(Evidence).min(1, 'needs at least one piece of evidence'),
  })
  .strict();
export type Relationship = z.infer<typeof Relationship>;

const MetricKey = z
  .string()
  .max(LIMITS.fact.metric, tooLong(LIMITS.fact.metric))
  .regex(/^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/, 'must be snake_case');
const Unit = z
  .string()
  .max(LIMITS.fact.unit, tooLong(LIMITS.fact.unit))
  .regex(/^[a-z][a-z0-9_]*$/, 'must be a lower-case unit word');

export const Fact = z
  .object({
    id: idWith('fact'),
    kind: z.enum(FACT_KINDS),
    statement: trimmed(LIMITS.fact.statement),
    metric: MetricKey.optional(),
    value: z.number().finite().optional(),
    unit: Unit.optional(),
    currency: z.enum(['CNY', 'USD']).optional(),
    qualifier: z.enum(QUALIFIERS).optional(),
    valueText: untrimmed(LIMITS.fact.valueText).optional(),
    period: z
      .object({ start: FullDate, end: FullDate, label: untrimmed(LIMITS.fact.periodLabel).optional() })
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

/** The shortest reason an audit exception may give: a word or two says nothing about why. */
export const MIN_REASON_LENGTH = 20;

/** A finding of the knowledge audit that the curators accept, and why (seeds/README.md, Knowledge audit). */
export const AuditException = z
  .object({
    check: z.enum(AUDIT_CHECKS),
    item: z
      .string()
      .trim()
      .min(1)
      .max(LIMITS.id * 3, tooLong(LIMITS.id * 3)),
    detail: trimmed(LIMITS.id * 2).optional(),
    reason: z
      .string({ error: (iss) => (iss.input === undefined ? 'an exception needs a reason' : undefined) })
      .trim()
      .min(MIN_REASON_LENGTH, `must say why, in at least ${MIN_REASON_LENGTH} characters`)
      .max(LIMITS.relationship.otherProperty, tooLong(LIMITS.relationship.otherProperty)),
  })
  .strict();
export type AuditException = z.infer<typeof AuditException>;
/** An entry of the metric catalogue (metrics.json): what a metric key measures, and the unit its values take when they share one. */
export const MetricEntry = z
  .object({
    key: MetricKey,
    description: trimmed(LIMITS.metric.description),
    unit: Unit.optional(),
  })
  .strict();
export type MetricEntry = z.infer<typeof MetricEntry>;

export const GraphFile = z
  .object({
    document: idWith('doc'),
    entities: z.array(z.unknown()).default([]),
    relationships: z.array(z.unknown()).default([]),
    facts: z.array(z.unknown()).default([]),
    auditExceptions: z.array(z.unknown()).default([]),
  })
  .strict();

export const DocumentMeta = z
  .object({
    id: idWith('doc'),
    file: z
      .string()
      .max(LIMITS.document.file, tooLong(LIMITS.document.file))
      .regex(/^[\w.-]+\.txt$/, 'must be a .txt file name in seeds/documents/'),
    /** Pins the article's bytes: the sources must stay byte-identical. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be a lower-case hex SHA-256'),
    title: trimmed(LIMITS.document.title),
    publisher: trimmed(LIMITS.document.publisher).nullable(),
    authors: z.array(trimmed(LIMITS.document.author)).max(LIMITS.document.authors, tooMany(LIMITS.document.authors)).default([]),
    publishedOn: PartialDate.nullable(),
    publishedOnBasis: untrimmed(LIMITS.document.publishedOnBasis).nullable().optional(),
    language: z.string().regex(/^[a-z]{2}(?:-[A-Z]{2})?$/, 'must be a language code like en'),
    sourceLanguageNote: untrimmed(LIMITS.document.sourceLanguageNote).nullable().optional(),
  })
  .strict();
export type DocumentMeta = z.infer<typeof DocumentMeta>;

/** An article's full text, which evidence offsets index into: kept byte for byte, so never trimmed. */
export const DocumentText = untrimmed(LIMITS.document.text);
