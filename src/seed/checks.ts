import type { z } from 'zod';
import { ENTITY_KINDS, RELATIONSHIP_TYPES, type EntityKind } from '../model/vocabulary.js';
import type { Entity, Evidence, Fact, MetricEntry, Relationship } from './format.js';
import { KIND_PROPERTIES } from './format.js';

// The checks an item needs beyond its format, shared by the seed validator (all files at once)
// and the curator write path (one item against the graph), so both word every problem alike.

/** One problem with an item: where in the item (for the API) and the validator's words. */
export interface ItemProblem {
  path: (string | number)[];
  problem: string;
}

/**
 * An item as far as it passed its format: a field with a format problem is left out, and so is an
 * element of a list that has one (the others keep their index). The checks below take items this
 * way so that an input with format problems still gets its other problems reported at once.
 */
export type WellFormed<T> = { [K in keyof T]?: T[K] extends readonly (infer U)[] ? readonly (U | undefined)[] : T[K] };

/** How the checks see the rest of the graph: document texts and entity kinds by id. */
export interface KnownItems {
  documentText(id: string): string | undefined;
  kindOf(id: string): EntityKind | undefined;
  /** True when nothing has the id (an item that failed its own checks is not unknown). */
  isUnknown(id: string): boolean;
}

const STATED_BY_KINDS: readonly EntityKind[] = ['Person', 'Organization', 'Report', 'Platform'];

/** A relationship's stable identity: type, endpoints and role. */
export const relationshipKey = (r: Pick<Relationship, 'type' | 'from' | 'to' | 'properties'>) =>
  [r.type, r.from, r.to, r.properties.role ?? ''].join('|');

/** Other spellings: each once, and never the name itself. */
export const distinctAliases = (name: string, aliases: string[]) => [...new Set(aliases)].filter((a) => a !== name);

/** A format error's issues, each worded as `path: message`. */
export const formatProblems = (error: z.ZodError): ItemProblem[] =>
  error.issues.map((i) => ({
    path: i.path.map((p) => (typeof p === 'number' ? p : String(p))),
    problem: `${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message}`,
  }));

/** Where one quote stands: inside its document, verbatim at its offsets; the problem says where it does stand, if anywhere. */
function quoteProblem(known: Pick<KnownItems, 'documentText'>, where: string, i: number, e: Evidence): string | undefined {
  const text = known.documentText(e.document);
  if (text === undefined) return `${where}[${i}]: unknown document ${e.document}`;
  // Slicing stops at the end of the text: a quote of its last words would match with any end beyond it.
  if (e.end > text.length) return `${where}[${i}]: end ${e.end} is past the end of ${e.document}, which is ${text.length} characters long`;
  const at = text.slice(e.start, e.end);
  if (at === e.quote) return undefined;
  const found = text.indexOf(e.quote);
  return (
    `${where}[${i}]: quote is not at ${e.start}-${e.end} of ${e.document} (text there: ${JSON.stringify(at.slice(0, 60))}); ` +
    (found >= 0 ? `it stands at ${found}-${found + e.quote.length}` : 'it is nowhere in the document verbatim')
  );
}

/** Each quote must stand verbatim in its document at its offsets, `0 <= start < end <= length`. */
export function evidenceProblems(
  known: Pick<KnownItems, 'documentText'>,
  where: string,
  list: readonly (Evidence | undefined)[] | undefined,
): ItemProblem[] {
  return (list ?? []).flatMap((e, i): ItemProblem[] => {
    const problem = e && quoteProblem(known, where, i, e);
    return problem ? [{ path: [where, i], problem }] : [];
  });
}

/** The documents a list of evidence quotes. */
export const documentsOf = (list: readonly (Evidence | undefined)[] | undefined) => [
  ...new Set((list ?? []).flatMap((e) => (e ? [e.document] : []))),
];

/** The parts of an input that passed its format (see WellFormed): cut at the first list element or top-level field with a problem. */
export function wellFormedParts(input: unknown, error: z.ZodError): Record<string, unknown> {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return {};
  const parts: Record<string, unknown> = structuredClone(input as Record<string, unknown>);
  for (const issue of error.issues) {
    const [field, index] = issue.path;
    if (field === undefined) {
      for (const key of issue.code === 'unrecognized_keys' ? issue.keys : []) delete parts[key];
    } else if (typeof index === 'number' && Array.isArray(parts[String(field)])) {
      delete (parts[String(field)] as unknown[])[index];
    } else delete parts[String(field)];
  }
  return parts;
}

/** An entity's id prefix must match its kind, and kind-specific properties only its kind may carry. */
export function entityProblems(e: WellFormed<Entity>): ItemProblem[] {
  const problems: ItemProblem[] = [];
  if (e.type === undefined) return problems;
  if (e.id !== undefined && !e.id.startsWith(`${ENTITY_KINDS[e.type]}:`))
    problems.push({ path: ['id'], problem: `id of a ${e.type} must start with ${ENTITY_KINDS[e.type]}:` });
  for (const [prop, kinds] of Object.entries(KIND_PROPERTIES)) {
    if (e[prop as keyof Entity] !== undefined && !(kinds as readonly string[]).includes(e.type)) {
      problems.push({ path: [prop], problem: `${prop} is not a property of ${e.type}` });
    }
  }
  return problems;
}

/** A referenced entity must exist: the problem when it does not. */
const unknownEntity = (known: KnownItems, path: ItemProblem['path'], label: string, id: string | undefined): ItemProblem[] =>
  id !== undefined && known.isUnknown(id) ? [{ path, problem: `${label}: unknown entity ${id}` }] : [];

/** One end of a relationship must exist and be of a kind its type allows at that end. */
function endProblems(rel: WellFormed<Relationship>, known: KnownItems, end: 'from' | 'to'): ItemProblem[] {
  const id = rel[end];
  const unknown = unknownEntity(known, [end], end, id);
  if (unknown.length > 0 || id === undefined || rel.type === undefined) return unknown;
  const kind = known.kindOf(id);
  const allowed: readonly string[] = RELATIONSHIP_TYPES[rel.type][end];
  if (!kind || allowed.includes(kind)) return [];
  return [{ path: [end], problem: `${rel.type} cannot ${end === 'from' ? 'start' : 'end'} at a ${kind} (allowed: ${allowed.join(', ')})` }];
}

/** Both ends must exist and be of kinds the relationship type allows; no entity relates to itself. */
export function relationshipProblems(rel: WellFormed<Relationship>, known: KnownItems): ItemProblem[] {
  const problems = [...endProblems(rel, known, 'from'), ...endProblems(rel, known, 'to')];
  if (rel.from !== undefined && rel.from === rel.to)
    problems.push({ path: ['to'], problem: 'a relationship cannot connect an entity to itself' });
  return problems;
}

/** A fact's subjects must exist, and whoever stated it must exist and be able to state facts. */
export function factReferenceProblems(fact: WellFormed<Fact>, known: KnownItems): ItemProblem[] {
  const problems = (fact.subjects ?? []).flatMap((s, i) =>
    s ? unknownEntity(known, ['subjects', i, 'entity'], `subjects[${i}]`, s.entity) : [],
  );
  if (fact.statedBy !== undefined) {
    const t = known.kindOf(fact.statedBy);
    problems.push(...unknownEntity(known, ['statedBy'], 'statedBy', fact.statedBy));
    if (t && !STATED_BY_KINDS.includes(t)) {
      problems.push({ path: ['statedBy'], problem: `statedBy: a ${t} cannot state a fact (allowed: ${STATED_BY_KINDS.join(', ')})` });
    }
  }
  return problems;
}

/**
 * A seed fact's metric must have an entry in the metric catalogue (metrics.json), and its unit must be
 * the entry's when the entry names one. Curators' facts are not held to it: the API takes a new key
 * from a curator, and shows it without a description until the catalogue has one.
 */
export function metricProblems(fact: WellFormed<Fact>, catalogue: ReadonlyMap<string, MetricEntry>): ItemProblem[] {
  if (fact.metric === undefined) return [];
  const entry = catalogue.get(fact.metric);
  if (!entry)
    return [
      {
        path: ['metric'],
        problem: `metric ${fact.metric} has no entry in metrics.json: add one saying what it measures (seeds/README.md, Metrics), or use an existing key`,
      },
    ];
  if (entry.unit !== undefined && fact.unit !== undefined && fact.unit !== entry.unit)
    return [
      {
        path: ['unit'],
        problem: `unit ${fact.unit} is not ${entry.unit}, the unit metrics.json gives ${fact.metric}: convert the value, or drop the entry's unit if the metric has several`,
      },
    ];
  return [];
}
