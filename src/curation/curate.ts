import type { z } from 'zod';
import { DatabaseError, type Database, type QueryOptions, type Row, type Transaction } from '../db/neo4j.js';
import type { EntityKind } from '../model/vocabulary.js';
import { formatProblems, wellFormedParts, type ItemProblem, type KnownItems, type WellFormed } from '../seed/checks.js';
import { loadSteps, runLoadSteps } from '../seed/load.js';
import { CURATOR_ORIGIN, toRows, type GraphRows, type RowSource } from '../seed/rows.js';
import { advanceGraphVersion } from '../data/graph-version.js';
import { recordChange } from './audit.js';

// One curator write: parse, check against the graph, compare with what is stored, write with
// the seed loader's own statements, audit. All in one write transaction, so the checks see
// exactly the graph the write changes, and a refused input leaves no trace.

/** A problem with the input: where (e.g. `input.mentions[0]`) and the seed validator's words. */
export interface InputProblem {
  path: string;
  problem: string;
}

/** An item's content as stored, for comparing and for the audit (JSON-ready, keys in any order). */
export type State = Record<string, unknown>;

export type Outcome = { ok: true; record: Row; changed: boolean; change: Row | null } | { ok: false; problems: InputProblem[] };

/** What the engine needs to know about one kind of item. */
export interface ItemKind<T> {
  /** The seed format's schema for the item. */
  format: z.ZodType<T>;
  /** The audit's action names. */
  actions: { create: string; update: string };
  targetId(item: T): string;
  /** Ids the checks look up: documents quoted, entities referred to. */
  references(item: WellFormed<T>): { documents: string[]; entities: string[] };
  /** Problems beyond the format, given the graph and the item as stored (null when new or not identified). */
  check(item: WellFormed<T>, known: KnownItems, stored: State | null): ItemProblem[];
  /** Takes the write lock on the item (see locks.ts) before anything is read; true when that created it bare. */
  lock(tx: Transaction, item: T): Promise<boolean>;
  /** The item as stored now, or null; null too when the fields that identify it are not well-formed. */
  stored(tx: Transaction, item: WellFormed<T>): Promise<State | null>;
  /** What toRows writes for it (the item and its evidence). */
  source(item: T): RowSource;
  /** The item's content as it will be stored, from its rows, in the shape of `stored`. */
  state(rows: GraphRows, item: T): State;
  /** Whether the stored item already says what the input says; by default, equal states (origin aside). */
  unchanged?(stored: State, next: State): boolean;
  /** Entities whose stored degree the write may change. */
  touched(item: T): string[];
  /** The item as the payload returns it. */
  record(tx: Transaction, item: T): Promise<Row>;
}

export const EMPTY_SOURCE: RowSource = { documents: [], entities: [], relationships: [], facts: [] };

const LOOKUP = `
CALL () { UNWIND $documents AS id MATCH (d:Document {id: id}) RETURN collect([id, d.text]) AS texts }
CALL () { UNWIND $entities AS id MATCH (n:Entity {id: id}) RETURN collect([id, n.kind]) AS kinds }
RETURN texts, kinds`;

// A quote the item no longer cites goes when nothing else cites it either: it would be evidence of
// nothing, and no export could say where it belongs. Relationships cite quotes by id in a property,
// which no index reaches: the scan runs only when a write drops a quote, which corrections rarely do.
const PRUNE_EVIDENCE = `
UNWIND $ids AS id
MATCH (e:Evidence {id: id})
WHERE NOT EXISTS { (e)<-[:MENTIONED_IN|EVIDENCED_BY]-() } AND NOT EXISTS { MATCH ()-[r]->() WHERE id IN r.evidenceIds }
DETACH DELETE e`;

/** The quotes the stored item cited and the next one does not. */
const droppedEvidence = (stored: State | null, next: State) => {
  const kept = new Set((next.evidenceIds as string[] | undefined) ?? []);
  return ((stored?.evidenceIds as string[] | undefined) ?? []).filter((id) => !kept.has(id));
};

// Stored so that lists can be ordered by degree with an index: kept current for every entity a write touches.
const DEGREES = `UNWIND $ids AS id MATCH (n:Entity {id: id}) SET n.degree = COUNT { (n)--(:Entity) }`;

/** `['mentions', 0, 'quote']` → `input.mentions[0].quote` */
const pathText = (path: (string | number)[]) =>
  ['input', ...path].map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${p}` : p)).join('');

/** Keys sorted at every level, so that equal content gives equal JSON. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Row)[k])]),
    );
  }
  return value;
}

const stateJson = (state: State) => JSON.stringify(canonical(state));
const withoutOrigin = ({ origin: _origin, ...rest }: State) => rest;
const sameContent = (a: State, b: State) => stateJson(withoutOrigin(a)) === stateJson(withoutOrigin(b));

async function knownItems(tx: Transaction, refs: { documents: string[]; entities: string[] }): Promise<KnownItems> {
  const [row] = await tx.run(LOOKUP, refs);
  const texts = new Map((row?.texts ?? []) as [string, string][]);
  const kinds = new Map((row?.kinds ?? []) as [string, EntityKind][]);
  return { documentText: (id) => texts.get(id), kindOf: (id) => kinds.get(id), isUnknown: (id) => !kinds.has(id) };
}

/** The problems of an item's well-formed parts with the graph as it stands. */
async function graphProblems<T>(tx: Transaction, kind: ItemKind<T>, item: WellFormed<T>): Promise<ItemProblem[]> {
  return kind.check(item, await knownItems(tx, kind.references(item)), await kind.stored(tx, item));
}

/** Thrown inside the write transaction to roll it back: the input has problems. */
class Refusal extends Error {
  constructor(readonly problems: InputProblem[]) {
    super('refused');
  }
}

const inputProblems = (problems: ItemProblem[]): InputProblem[] => problems.map((p) => ({ path: pathText(p.path), problem: p.problem }));

/**
 * Writes one item for `actor` in one write transaction: all problems at once and nothing written,
 * or the item written, its endpoints' degrees refreshed and the change audited; or, when the
 * graph already says exactly this, nothing written and `changed: false`. The item's lock comes
 * first, so concurrent writes of one item run one after the other, each seeing the one before.
 */
export async function curate<T>(db: Database, kind: ItemKind<T>, actor: string, input: unknown, opts: QueryOptions = {}): Promise<Outcome> {
  const parsed = kind.format.safeParse(input);
  if (!parsed.success) {
    const parts = wellFormedParts(input, parsed.error) as WellFormed<T>;
    const problems = await db.readTransaction((tx) => graphProblems(tx, kind, parts), opts);
    return { ok: false, problems: inputProblems([...formatProblems(parsed.error), ...problems]) };
  }
  const item = parsed.data;
  try {
    return await db.writeTransaction(async (tx): Promise<Outcome> => {
      const created = await kind.lock(tx, item);
      const whole = item as WellFormed<T>; // every part of a parsed item is well-formed
      const stored = created ? null : await kind.stored(tx, whole);
      const problems = kind.check(whole, await knownItems(tx, kind.references(whole)), stored);
      // Rolled back rather than returned: a node the lock created bare must not stay.
      if (problems.length > 0) throw new Refusal(inputProblems(problems));
      const rows = toRows(kind.source(item), CURATOR_ORIGIN);
      const next = kind.state(rows, item);
      if (stored && (kind.unchanged ?? sameContent)(stored, next))
        return { ok: true, record: await kind.record(tx, item), changed: false, change: null };
      await runLoadSteps(tx, loadSteps(rows), Number.MAX_SAFE_INTEGER, () => {});
      const dropped = droppedEvidence(stored, next);
      if (dropped.length > 0) await tx.run(PRUNE_EVIDENCE, { ids: dropped });
      await tx.run(DEGREES, { ids: kind.touched(item) });
      const change = await recordChange(tx, {
        actor,
        action: stored ? kind.actions.update : kind.actions.create,
        targetId: kind.targetId(item),
        before: stored && stateJson(stored),
        after: stateJson(next),
      });
      // Last, and in this transaction: cached answers go stale exactly when this commits.
      await advanceGraphVersion(tx);
      return { ok: true, record: await kind.record(tx, item), changed: true, change };
    }, opts);
  } catch (err) {
    // The database layer wraps what the work throws; a refusal is an answer, not a failure.
    if (err instanceof DatabaseError && err.cause instanceof Refusal) return { ok: false, problems: err.cause.problems };
    throw err;
  }
}
