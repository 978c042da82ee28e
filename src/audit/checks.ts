import { connectedComponents } from './components.js';
import { pairDetail, type Finding } from './findings.js';
import { NameIndex } from './names.js';
import type { AuditEntity, AuditSnapshot } from './snapshot.js';

// The audit's checks over a snapshot of the graph: pure functions, each returning its findings.

/** What the audit found, and the components it found them in. */
export interface AuditResult {
  /** Connected components of entities, largest first. */
  components: string[][];
  findings: Finding[];
}

const label = (e: AuditEntity | undefined, id: string) => (e ? `${e.name} (${id})` : id);

/** Entities with no relationship to another entity, and components apart from the largest. */
function connectivity(snapshot: AuditSnapshot, components: string[][], byId: Map<string, AuditEntity>): Finding[] {
  return components.slice(1).map((members): Finding => {
    const [first] = members as [string];
    return members.length === 1
      ? { check: 'isolated', item: first, message: `${label(byId.get(first), first)} has no relationship to another entity` }
      : {
          check: 'island',
          item: first,
          message: `${members.length} entities, ${label(byId.get(first), first)} first, are connected to one another but not to the rest of the graph`,
        };
  });
}

/**
 * Entities a fact's statement names outright that no relationship links directly to any other
 * entity it names: a statement that names an entity beside one of another kind says how they
 * relate. Who stated the fact is left out (the fact itself links them), and so are entities named
 * only beside their own kind (a list of cities).
 */
function unlinkedStatements(
  snapshot: AuditSnapshot,
  names: NameIndex,
  linked: Set<string>,
  kindOf: (id: string) => string | undefined,
): Finding[] {
  return snapshot.facts.flatMap((fact) => {
    const named = [...names.namedOutright(fact.statement)].filter((id) => id !== fact.statedBy).sort();
    return named
      .filter((a) => named.some((b) => kindOf(b) !== kindOf(a)) && !named.some((b) => b !== a && linked.has(pairDetail(a, b))))
      .map((a): Finding => ({
        check: 'unlinkedStatement',
        item: fact.id,
        detail: a,
        message: `the statement names ${a} beside ${named.length - 1} other entities, and no relationship links it to any of them: "${fact.statement}"`,
      }));
  });
}

/** Numbers as written (digits, with thousands separators and a decimal part), separators dropped. */
export function numbersIn(text: string): string[] {
  return [...text.matchAll(/\d+(?:,\d{3})*(?:\.\d+)?/g)].map((m) => m[0].replaceAll(',', ''));
}

/**
 * Numbers and years an entity's description gives that nothing structured holds: not a date
 * property or fact of the entity (about it or stated by it), nor of an entity it is directly
 * related to (a body's description may tell when it issued its policy, whose issue date holds it).
 * Numbers inside an entity's name ("No. 5 Clothing Town") are part of the name, except years,
 * which a name often carries as the period it covers.
 */
function unheldNumbers(snapshot: AuditSnapshot, names: NameIndex): Finding[] {
  const heldBy = new Map<string, string[]>(snapshot.entities.map((e) => [e.id, datesHeld(e.dates)]));
  for (const f of snapshot.facts) {
    const numbers = [f.statement, ...f.values].flatMap(numbersIn);
    for (const id of f.entities) heldBy.get(id)?.push(...numbers);
  }
  const neighbours = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = neighbours.get(a);
    if (list) list.push(b);
    else neighbours.set(a, [b]);
  };
  for (const r of snapshot.relationships) {
    link(r.from, r.to);
    link(r.to, r.from);
  }
  return snapshot.entities.flatMap((e) => {
    if (!e.description) return [];
    const years = e.description.match(/\b(?:19|20)\d{2}\b/g) ?? [];
    const given = new Set([...numbersIn(names.withoutNames(e.description)), ...years]);
    const held = new Set([e.id, ...(neighbours.get(e.id) ?? [])].flatMap((id) => heldBy.get(id) ?? []));
    return [...given]
      .filter((n) => !held.has(n))
      .map((n): Finding => ({
        check: 'unheldNumber',
        item: e.id,
        detail: n,
        message: `its description gives ${n}, which no date property or fact of it or of an entity related to it holds`,
      }));
  });
}

/** A date property's numbers: 2020-03-24 holds 2020, 3 and 24. */
const datesHeld = (dates: readonly string[]) => dates.flatMap((d) => [d, ...d.split('-').map((part) => String(Number(part)))]);

/**
 * Relationships whose evidence shows only one side: an end that no quote of the relationship
 * names (by name or alias, even inside a longer name such as "Hangzhou" in "Hangzhou Municipal
 * Bureau of Commerce"). Quotes may share the work: one may name each end.
 */
function oneSidedEvidence(snapshot: AuditSnapshot, names: NameIndex): Finding[] {
  return snapshot.relationships.flatMap((r): Finding[] => {
    const named = new Set(r.quotes.flatMap((q) => [...names.named(q)]));
    const missing = [r.from, r.to].filter((id) => !named.has(id));
    return missing.length === 0
      ? []
      : [{ check: 'oneSidedEvidence', item: r.key, message: `no quote of ${r.type} ${r.from} → ${r.to} names ${missing.join(' or ')}` }];
  });
}

/** Every check over the snapshot. */
export function auditGraph(snapshot: AuditSnapshot): AuditResult {
  const byId = new Map(snapshot.entities.map((e) => [e.id, e]));
  const names = new NameIndex(snapshot.entities);
  const linked = new Set(snapshot.relationships.map((r) => pairDetail(r.from, r.to)));
  const components = connectedComponents(
    snapshot.entities.map((e) => e.id),
    snapshot.relationships,
  );
  return {
    components,
    findings: [
      connectivity(snapshot, components, byId),
      unlinkedStatements(snapshot, names, linked, (id) => byId.get(id)?.kind),
      unheldNumbers(snapshot, names),
      oneSidedEvidence(snapshot, names),
    ].flatMap(inOrder),
  };
}

/** A check's findings by item and detail, whatever order the snapshot lists things in. */
const inOrder = (findings: Finding[]) =>
  findings.sort((a, b) => a.check.localeCompare(b.check) || a.item.localeCompare(b.item) || (a.detail ?? '').localeCompare(b.detail ?? ''));
