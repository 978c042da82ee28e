import type { z } from 'zod';
import { ENTITY_KINDS, RELATIONSHIP_TYPES, type EntityKind } from '../model/vocabulary.js';
import type { Entity, Evidence, Fact, Relationship } from './format.js';
import { KIND_PROPERTIES } from './format.js';

// The checks an item needs beyond its format, shared by the seed validator (all files at once)
// and the curator write path (one item against the graph), so both word every problem alike.

/** One problem with an item: where in the item (for the API) and the validator's words. */
export interface ItemProblem {
  path: (string | number)[];
  problem: string;
}

/** How the checks see the rest of the graph: document texts and entity kinds by id. */
export interface KnownItems {
  documentText(id: string): string | undefined;
  kindOf(id: string): EntityKind | undefined;
  /** True when nothing has the id (an item that failed its own checks is not unknown). */
  isUnknown(id: string): boolean;
}

const STATED_BY_KINDS: readonly EntityKind[] = ['Person', 'Organization', 'Report', 'Platform'];

/** A relationship's stable identity: type, endpoints and role. */
export const relationshipKey = (r: Relationship) => [r.type, r.from, r.to, r.properties.role ?? ''].join('|');

/** Other spellings: each once, and never the name itself. */
export const distinctAliases = (name: string, aliases: string[]) => [...new Set(aliases)].filter((a) => a !== name);

/** A format error's issues, each worded as `path: message`. */
export const formatProblems = (error: z.ZodError): ItemProblem[] =>
  error.issues.map((i) => ({
    path: i.path.map((p) => (typeof p === 'number' ? p : String(p))),
    problem: `${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message}`,
  }));

/** Each quote must stand verbatim in its document at its offsets; the problem says where it does stand, if anywhere. */
export function evidenceProblems(known: Pick<KnownItems, 'documentText'>, where: string, list: Evidence[]): ItemProblem[] {
  return list.flatMap((e, i): ItemProblem[] => {
    const path = [where, i];
    const text = known.documentText(e.document);
    if (text === undefined) return [{ path, problem: `${where}[${i}]: unknown document ${e.document}` }];
    const at = text.slice(e.start, e.end);
    if (at === e.quote) return [];
    const found = text.indexOf(e.quote);
    const problem =
      `${where}[${i}]: quote is not at ${e.start}-${e.end} of ${e.document} (text there: ${JSON.stringify(at.slice(0, 60))}); ` +
      (found >= 0 ? `it stands at ${found}-${found + e.quote.length}` : 'it is nowhere in the document verbatim');
    return [{ path, problem }];
  });
}

/** An entity's id prefix must match its kind, and kind-specific properties only its kind may carry. */
export function entityProblems(e: Entity): ItemProblem[] {
  const problems: ItemProblem[] = [];
  if (!e.id.startsWith(`${ENTITY_KINDS[e.type]}:`))
    problems.push({ path: ['id'], problem: `id of a ${e.type} must start with ${ENTITY_KINDS[e.type]}:` });
  for (const [prop, kinds] of Object.entries(KIND_PROPERTIES)) {
    if (e[prop as keyof Entity] !== undefined && !(kinds as readonly string[]).includes(e.type)) {
      problems.push({ path: [prop], problem: `${prop} is not a property of ${e.type}` });
    }
  }
  return problems;
}

/** Both ends must exist and be of kinds the relationship type allows; no entity relates to itself. */
export function relationshipProblems(rel: Relationship, known: KnownItems): ItemProblem[] {
  const problems: ItemProblem[] = [];
  const rule = RELATIONSHIP_TYPES[rel.type];
  const [fromType, toType] = [known.kindOf(rel.from), known.kindOf(rel.to)];
  if (known.isUnknown(rel.from)) problems.push({ path: ['from'], problem: `from: unknown entity ${rel.from}` });
  else if (fromType && !(rule.from as readonly string[]).includes(fromType)) {
    problems.push({ path: ['from'], problem: `${rel.type} cannot start at a ${fromType} (allowed: ${rule.from.join(', ')})` });
  }
  if (known.isUnknown(rel.to)) problems.push({ path: ['to'], problem: `to: unknown entity ${rel.to}` });
  else if (toType && !(rule.to as readonly string[]).includes(toType)) {
    problems.push({ path: ['to'], problem: `${rel.type} cannot end at a ${toType} (allowed: ${rule.to.join(', ')})` });
  }
  if (rel.from === rel.to) problems.push({ path: ['to'], problem: 'a relationship cannot connect an entity to itself' });
  return problems;
}

/** A fact's subjects must exist, and whoever stated it must exist and be able to state facts. */
export function factReferenceProblems(fact: Fact, known: KnownItems): ItemProblem[] {
  const problems: ItemProblem[] = fact.subjects.flatMap((s, i) =>
    known.isUnknown(s.entity) ? [{ path: ['subjects', i, 'entity'], problem: `subjects[${i}]: unknown entity ${s.entity}` }] : [],
  );
  if (fact.statedBy !== undefined) {
    const t = known.kindOf(fact.statedBy);
    if (known.isUnknown(fact.statedBy)) problems.push({ path: ['statedBy'], problem: `statedBy: unknown entity ${fact.statedBy}` });
    else if (t && !STATED_BY_KINDS.includes(t)) {
      problems.push({ path: ['statedBy'], problem: `statedBy: a ${t} cannot state a fact (allowed: ${STATED_BY_KINDS.join(', ')})` });
    }
  }
  return problems;
}
