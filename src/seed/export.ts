import type { Database, Row, Transaction } from '../db/neo4j.js';
import { KIND_PROPERTIES } from '../model/entity-kinds.js';
import { relationshipKey } from './checks.js';
import { PERIOD_PARTS, type Entity, type Evidence, type Fact, type MetricEntry, type Relationship } from './format.js';
import type { Origin, WithOrigin } from './origin.js';
import { CURATOR_ORIGIN, evidenceId, namesFromStored, SEED_ORIGIN, type RowSource } from './rows.js';
import type { SeedFact } from './validate.js';

// Reads the whole graph back into the seed format: the inverse of rows.ts and the loader, for
// `npm run seeds:export`. Data access only; export-files.ts orders the items and lays them out in files.

/** A document as read: a curator's has no file (rows.ts), export-files.ts names one. */
export type ExportedDocument = RowSource['documents'][number];

export interface GraphExport {
  documents: ExportedDocument[];
  entities: WithOrigin<Entity>[];
  relationships: WithOrigin<Relationship>[];
  facts: SeedFact[];
  /** The metric catalogue's entries that some fact uses, by key. */
  metrics: MetricEntry[];
  /** What the graph holds that the files cannot carry, one sentence each; empty when the export is complete. */
  warnings: string[];
  /** The graph's size, the audit trail's :Change nodes and the :GraphVersion node apart (they are not exported). */
  nodes: number;
  relationshipCount: number;
  changes: number;
}

// Ordered, so that the same graph always reads as the same lists.
const DOCUMENTS = 'MATCH (d:Document) RETURN d {.*} AS d ORDER BY d.id';
const EVIDENCE = 'MATCH (e:Evidence) RETURN e {.*} AS e ORDER BY e.id';
const ENTITIES = `
MATCH (n:Entity)
RETURN n {.*} AS n, [(n)-[:MENTIONED_IN]->(e:Evidence) | e.id] AS mentions
ORDER BY n.id`;
// Between entities, every relationship is one of the vocabulary's, written with a key.
const RELATIONSHIPS = `
MATCH (a:Entity)-[r]->(b:Entity)
RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS r
ORDER BY r.key, a.id, b.id`;
const FACTS = `
MATCH (f:Fact)
RETURN f {.*} AS f,
       [(f)-[a:ABOUT]->(n:Entity) | {entity: n.id, role: a.role}] AS subjects,
       [(f)-[:STATED_BY]->(w:Entity) | w.id] AS statedBy,
       [(f)-[:EVIDENCED_BY]->(e:Evidence) | e.id] AS evidence
ORDER BY f.id`;
const METRICS = 'MATCH (m:Metric) RETURN m {.*} AS m ORDER BY m.key';
const SIZE = `
CALL () { MATCH (n) WHERE NOT (n:Change OR n:GraphVersion) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
CALL () { MATCH (c:Change) RETURN count(c) AS changes }
RETURN nodes, relationships, changes`;

type Props = Record<string, unknown>;

const text = (v: unknown) => (v === null || v === undefined ? undefined : String(v));
const num = (v: unknown) => (v === null || v === undefined ? undefined : Number(v));
const originOf = (p: Props): Origin => (p.origin === CURATOR_ORIGIN ? CURATOR_ORIGIN : SEED_ORIGIN);

function documentOf(d: Props): ExportedDocument {
  return {
    id: String(d.id),
    origin: originOf(d),
    file: text(d.file) ?? null,
    sha256: String(d.sha256),
    title: String(d.title),
    publisher: text(d.publisher) ?? null,
    authors: (d.authors as string[] | null) ?? [],
    publishedOn: text(d.publishedOn) ?? null,
    publishedOnBasis: text(d.publishedOnBasis),
    language: String(d.language),
    sourceLanguageNote: text(d.sourceLanguageNote),
    text: String(d.text),
  };
}

/** An entity's language-tagged names; undefined when it has none, as the seed format leaves them out. */
function namesOf(n: Props): Entity['names'] {
  const names = namesFromStored(n);
  return names.length ? names : undefined;
}

/** The seed fields of an entity's kind-specific properties: rows.ts's kindProperties backwards. */
function kindFields(n: Props): Partial<Entity> {
  const fields: Record<string, unknown> = {};
  for (const name of KIND_PROPERTIES.keys()) {
    if (n[name] === null || n[name] === undefined) continue;
    if (name === 'periodStart' || name === 'periodEnd') fields.period = { ...(fields.period as object), [PERIOD_PARTS[name]]: n[name] };
    else fields[name] = n[name];
  }
  // start before end, whichever the stored map gave first
  const period = fields.period as { start?: string; end?: string } | undefined;
  if (period) fields.period = { start: period.start, end: period.end };
  return fields as Partial<Entity>;
}

function factOf(f: Props, subjects: Fact['subjects'], statedBy: string | undefined, evidence: Evidence[]): SeedFact {
  return {
    id: String(f.id),
    origin: originOf(f),
    kind: f.kind as Fact['kind'],
    statement: String(f.statement),
    metric: text(f.metric),
    value: num(f.value),
    unit: text(f.unit),
    currency: f.currency as Fact['currency'],
    qualifier: f.qualifier as Fact['qualifier'],
    valueText: text(f.valueText),
    period: f.periodStart ? { start: String(f.periodStart), end: String(f.periodEnd), label: text(f.periodLabel) } : undefined,
    change:
      f.changeValue === null || f.changeValue === undefined
        ? undefined
        : { value: Number(f.changeValue), unit: f.changeUnit as never, basis: f.changeBasis as never },
    rank: num(f.rank),
    rankOf: num(f.rankOf),
    subjects,
    statedBy,
    evidence,
  };
}

/** Reads every item in one read transaction, so that the files describe one state of the graph. */
async function readItems(tx: Transaction) {
  const [documents, evidence, entities, relationships, facts, metrics, [size]] = [
    await tx.run(DOCUMENTS),
    await tx.run(EVIDENCE),
    await tx.run(ENTITIES),
    await tx.run(RELATIONSHIPS),
    await tx.run(FACTS),
    await tx.run(METRICS),
    await tx.run(SIZE),
  ];
  return { documents, evidence, entities, relationships, facts, metrics, size: size as Row };
}

/**
 * The whole graph in the seed format (documents with their text, entities, relationships, facts,
 * each with its evidence and origin), and what, if anything, the format could not carry.
 */
export async function exportGraph(db: Database): Promise<GraphExport> {
  const raw = await db.readTransaction(readItems);
  const warnings: string[] = [];
  const quotes = new Map<string, { evidence: Evidence; origin: Origin }>(
    raw.evidence.map(({ e }) => {
      const p = e as Props;
      const evidence = { document: String(p.documentId), quote: String(p.quote), start: Number(p.start), end: Number(p.end) };
      return [String(p.id), { evidence, origin: originOf(p) }];
    }),
  );
  // Who cites each quote: the loader gives a quote the curator's origin when a curator's item cites it.
  const citedBy = new Map<string, Set<Origin>>();
  const cite = (ids: string[], by: Origin, item: string): Evidence[] =>
    ids.flatMap((id) => {
      const quote = quotes.get(id);
      if (!quote) {
        warnings.push(`${item} cites evidence ${id}, which is not in the graph`);
        return [];
      }
      citedBy.set(id, (citedBy.get(id) ?? new Set()).add(by));
      return [quote.evidence];
    });

  const entities = raw.entities.map(({ n, mentions }) => {
    const p = n as Props;
    const origin = originOf(p);
    return {
      id: String(p.id),
      origin,
      type: p.kind as Entity['type'],
      name: String(p.name),
      aliases: (p.aliases as string[] | null) ?? [],
      names: namesOf(p),
      description: text(p.description),
      ...kindFields(p),
      mentions: cite(mentions as string[], origin, String(p.id)),
    };
  });
  const relationships = raw.relationships.map((row) => {
    const { key, evidenceIds, origin: stored, ...properties } = row.r as Props;
    const origin = originOf({ origin: stored });
    const rel = {
      type: row.type as Relationship['type'],
      from: String(row.from),
      to: String(row.to),
      origin,
      properties: Object.fromEntries(Object.entries(properties).sort(([a], [b]) => a.localeCompare(b))) as Relationship['properties'],
      // In stored order: the loader stores the list as given.
      evidence: cite((evidenceIds as string[] | null) ?? [], origin, String(key)),
    };
    if (relationshipKey(rel) !== key) warnings.push(`relationship ${String(key)} has a key its type, ends and role do not give`);
    return rel;
  });
  const facts = raw.facts.map((row) => {
    const p = row.f as Props;
    const evidence = cite(row.evidence as string[], originOf(p), String(p.id));
    return factOf(p, row.subjects as Fact['subjects'], (row.statedBy as string[])[0], evidence);
  });

  for (const [id, { origin }] of quotes) {
    const by = citedBy.get(id);
    if (!by) warnings.push(`evidence ${id} is cited by no item, so it is not exported`);
    else if ((by.has(CURATOR_ORIGIN) ? CURATOR_ORIGIN : SEED_ORIGIN) !== origin)
      warnings.push(`evidence ${id} has origin ${origin}, but only items of the other origin cite it: it will load with theirs`);
  }
  const documents = raw.documents.map(({ d }) => documentOf(d as Props));
  const metrics = catalogueOf(raw.metrics, facts, warnings);
  const size = { nodes: Number(raw.size.nodes), relationshipCount: Number(raw.size.relationships), changes: Number(raw.size.changes) };
  warnings.push(...sizeProblems({ documents, entities, relationships, facts, metrics }, size));
  return { documents, entities, relationships, facts, metrics, warnings, ...size };
}

/** The catalogue entries some fact uses (the seed validator refuses an unused one); an unused entry is left out with a warning. */
function catalogueOf(rows: Row[], facts: SeedFact[], warnings: string[]): MetricEntry[] {
  const used = new Set(facts.map((f) => f.metric));
  return rows.flatMap(({ m }) => {
    const p = m as Props;
    if (used.has(String(p.key))) return [{ key: String(p.key), description: String(p.description), unit: text(p.unit) }];
    warnings.push(`metric ${String(p.key)} is used by no fact, so its catalogue entry is not exported`);
    return [];
  });
}

/** Whether the items, loaded, make as many nodes and relationships as the graph holds: anything else is not in the files. */
function sizeProblems(
  items: Pick<GraphExport, 'documents' | 'entities' | 'relationships' | 'facts' | 'metrics'>,
  size: Pick<GraphExport, 'nodes' | 'relationshipCount'>,
) {
  const cited = new Set(
    [
      ...items.entities.flatMap((e) => e.mentions),
      ...items.relationships.flatMap((r) => r.evidence),
      ...items.facts.flatMap((f) => f.evidence),
    ].map(evidenceId),
  );
  const nodes = items.documents.length + items.entities.length + items.facts.length + items.metrics.length + cited.size;
  const relationships =
    cited.size + // QUOTES
    items.entities.reduce((sum, e) => sum + e.mentions.length, 0) +
    items.relationships.length +
    items.facts.reduce((sum, f) => sum + f.subjects.length + (f.statedBy ? 1 : 0) + f.evidence.length, 0);
  const problems: string[] = [];
  if (nodes !== size.nodes) problems.push(`the graph holds ${size.nodes} nodes (audit records apart), the export ${nodes}`);
  if (relationships !== size.relationshipCount)
    problems.push(`the graph holds ${size.relationshipCount} relationships, the export ${relationships}`);
  return problems;
}
