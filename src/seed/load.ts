import { advanceGraphVersion } from '../data/graph-version.js';
import type { Database, Transaction } from '../db/neo4j.js';
import { allowListed, ENTITY_KIND_NAMES, RELATIONSHIP_TYPE_NAMES } from '../model/vocabulary.js';
import { CURATOR_ORIGIN, SEED_ORIGIN, toRows, type GraphRows } from './rows.js';
import type { SeedSet } from './validate.js';

export interface LoadOptions {
  /** Rows per UNWIND statement. */
  batchSize?: number;
  /** Wipe the whole graph first. */
  reset?: boolean;
  progress?: (msg: string) => void;
}

export interface LoadSummary {
  nodes: number;
  relationships: number;
  statements: number;
  ms: number;
}

const ORIGIN = { origin: SEED_ORIGIN };

/**
 * A curator's correction wins over the seeds: a row that is not a curator's skips an item
 * (`c` in the pattern) a curator has written, so a re-seed never undoes the correction.
 */
const unlessCurated = (pattern: string, rowOrigin: string) =>
  `WITH row WHERE ${rowOrigin} = '${CURATOR_ORIGIN}' OR NOT EXISTS { MATCH ${pattern} WHERE c.origin = '${CURATOR_ORIGIN}' }`;

const DOCUMENTS = `UNWIND $rows AS row MERGE (d:Document {id: row.id}) SET d = row`;
const EVIDENCE = `
UNWIND $rows AS row
${unlessCurated('(c:Evidence {id: row.id})', 'row.origin')}
MATCH (d:Document {id: row.documentId})
MERGE (e:Evidence {id: row.id}) SET e = row
MERGE (e)-[:QUOTES]->(d)`;
const entities = (label: string) => `
UNWIND $rows AS row
${unlessCurated('(c:Entity {id: row.id})', 'row.props.origin')}
MERGE (n:Entity {id: row.id}) SET n = row.props, n:${allowListed(label, ENTITY_KIND_NAMES)}
WITH n, row
OPTIONAL MATCH (n)-[old:MENTIONED_IN]->(:Evidence)
DELETE old
WITH DISTINCT n, row
UNWIND row.evidenceIds AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:MENTIONED_IN]->(e)`;
const relationships = (type: string) => `
UNWIND $rows AS row
${unlessCurated('(:Entity {id: row.from})-[c {key: row.props.key}]->(:Entity {id: row.to})', 'row.props.origin')}
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:${allowListed(type, RELATIONSHIP_TYPE_NAMES)} {key: row.props.key}]->(b)
SET r = row.props`;
const FACTS = `
UNWIND $rows AS row
${unlessCurated('(c:Fact {id: row.id})', 'row.props.origin')}
MERGE (f:Fact {id: row.id})
SET f = row.props, f.periodStart = date(row.props.periodStart), f.periodEnd = date(row.props.periodEnd)
WITH f, row
OPTIONAL MATCH (f)-[old:ABOUT|STATED_BY|EVIDENCED_BY]->()
DELETE old
WITH DISTINCT f, row
CALL (f, row) {
  UNWIND row.subjects AS s
  MATCH (n:Entity {id: s.entity})
  CREATE (f)-[:ABOUT {role: s.role}]->(n)
}
CALL (f, row) {
  OPTIONAL MATCH (who:Entity {id: row.statedBy})
  FOREACH (_ IN CASE WHEN who IS NULL THEN [] ELSE [1] END | CREATE (f)-[:STATED_BY]->(who))
}
CALL (f, row) {
  UNWIND row.evidenceIds AS evidenceId
  MATCH (e:Evidence {id: evidenceId})
  CREATE (f)-[:EVIDENCED_BY]->(e)
}`;
// The metric catalogue: facts name a metric by its key (f.metric = m.key), so no relationship is needed.
const METRICS = `UNWIND $rows AS row MERGE (m:Metric {key: row.key}) SET m = row`;
// What the seeds no longer say goes; what curators added (another origin) stays.
const PRUNE_NODES = `
MATCH (n) WHERE n.origin = $origin AND (n:Document OR n:Evidence OR n:Entity OR n:Fact) AND NOT n.id IN $ids
DETACH DELETE n
RETURN count(*) AS pruned`;
const PRUNE_METRICS = `
MATCH (m:Metric) WHERE m.origin = $origin AND NOT m.key IN $metricKeys
DELETE m
RETURN count(*) AS pruned`;
const PRUNE_RELATIONSHIPS = `
MATCH ()-[r]->() WHERE r.origin = $origin AND NOT r.key IN $keys
DELETE r
RETURN count(*) AS pruned`;
// Stored so that lists can be ordered by degree with an index instead of counting per request.
const DEGREES = `MATCH (n:Entity) SET n.degree = COUNT { (n)--(:Entity) }`;
export const WIPE = `MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`;

// From the count store: `WHERE NOT n:GraphVersion` would scan every node, so the version node is counted and taken off.
export const COUNTS = `
CALL () { MATCH (n) RETURN count(n) AS total }
CALL () { MATCH (v:GraphVersion) RETURN count(v) AS versions }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN total - versions AS nodes, relationships`;

/** One write step of a load: a name for progress lines, its statement, and the rows it takes in batches. */
export type LoadStep = [name: string, cypher: string, rows: unknown[]];

/** The write steps of a load in dependency order: what a step matches, an earlier one wrote. */
export function loadSteps(rows: GraphRows): LoadStep[] {
  return [
    ['documents', DOCUMENTS, rows.documents],
    ['evidence', EVIDENCE, rows.evidence],
    ...[...rows.entitiesByKind].map(([kind, list]): LoadStep => [kind, entities(kind), list]),
    ...[...rows.relationshipsByType].map(([type, list]): LoadStep => [type, relationships(type), list]),
    ['facts', FACTS, rows.facts],
    ['metrics', METRICS, rows.metrics],
  ];
}

/** Runs the steps in `tx`, `batchSize` rows per statement; returns how many statements it sent. */
export async function runLoadSteps(
  tx: Transaction,
  steps: LoadStep[],
  batchSize: number,
  progress: (msg: string) => void,
): Promise<number> {
  let statements = 0;
  for (const [name, cypher, list] of steps) {
    for (const batch of chunks(list, batchSize)) {
      await tx.run(cypher, { rows: batch });
      statements++;
    }
    progress(`  ${name}: ${list.length}`);
  }
  return statements;
}

function chunks<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/**
 * Writes a validated seed set in one transaction, with batched UNWIND/MERGE statements:
 * all of it lands or none does, and loading the same seeds twice gives the same graph.
 */
export async function loadSeedSet(db: Database, seed: SeedSet, opts: LoadOptions = {}): Promise<LoadSummary> {
  const batchSize = opts.batchSize ?? 1000;
  const progress = opts.progress ?? (() => {});
  const started = Date.now();
  const rows = toRows(seed);
  if (opts.reset) {
    progress('Wiping the graph (--reset)');
    // CALL IN TRANSACTIONS needs an implicit transaction; the wipe is its own step by design.
    await db.autoCommit(WIPE);
  }
  let statements = 0;
  await db.writeTransaction(async (tx: Transaction) => {
    statements += await runLoadSteps(tx, loadSteps(rows), batchSize, progress);
    const ids = [
      ...rows.documents.map((d) => d.id),
      ...rows.evidence.map((e) => e.id),
      ...[...rows.entitiesByKind.values()].flat().map((e) => e.id),
      ...rows.facts.map((f) => f.id),
    ];
    const keys = [...rows.relationshipsByType.values()].flat().map((r) => r.props.key);
    const [nodes] = await tx.run(PRUNE_NODES, { ...ORIGIN, ids });
    const [rels] = await tx.run(PRUNE_RELATIONSHIPS, { ...ORIGIN, keys });
    const [metrics] = await tx.run(PRUNE_METRICS, { ...ORIGIN, metricKeys: rows.metrics.map((m) => m.key) });
    await tx.run(DEGREES);
    // Even a load that changes nothing: telling that apart costs more than the caches it empties.
    await advanceGraphVersion(tx);
    statements += 5;
    const pruned = Number(nodes?.pruned ?? 0) + Number(rels?.pruned ?? 0) + Number(metrics?.pruned ?? 0);
    if (pruned > 0) progress(`  pruned ${pruned} items the seeds no longer contain`);
  });
  const [counts] = await db.read(COUNTS);
  const ms = Date.now() - started;
  const summary = { nodes: Number(counts?.nodes), relationships: Number(counts?.relationships), statements, ms };
  progress(
    `Loaded in ${ms} ms with ${statements} statements: the graph holds ${summary.nodes} nodes and ${summary.relationships} relationships`,
  );
  return summary;
}
