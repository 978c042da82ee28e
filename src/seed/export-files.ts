import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { relationshipKey } from './checks.js';
import type { GraphExport } from './export.js';
import type { Evidence } from './format.js';
import type { Origin } from './origin.js';
import { readSeeds } from './read.js';
import { SEED_ORIGIN } from './rows.js';
import { formatProblem, validateSeeds } from './validate.js';

// Lays an exported graph out as a seeds folder and writes it. No database here: export.ts reads.
// The same graph gives byte-identical files (items and keys in a fixed order), so exports diff well.

/** What a seeds folder holds; --force replaces these and leaves anything else (a README, .git) alone. */
export const SEED_ENTRIES = ['documents.json', 'metrics.json', 'documents', 'graph'] as const;

/** The export cannot be written; nothing was. */
export class ExportError extends Error {
  override name = 'ExportError';
}

type Items = Pick<GraphExport, 'documents' | 'entities' | 'relationships' | 'facts' | 'metrics'>;

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
/** Seed is the default origin, so an export of the seeds reads like the seeds. */
const shown = (origin: Origin | undefined) => (origin === SEED_ORIGIN ? undefined : origin);
const slug = (id: string) => id.slice(id.indexOf(':') + 1);
const FILE_NAME = /^[\w.-]+\.txt$/;

/** `base.ext`, or `base-2.ext`, … when taken; the base shortened to stay well within file name limits (ids may be 400 long). */
function uniqueName(base: string, ext: string, taken: Set<string>): string {
  const stem = base.slice(0, 200);
  for (let n = 1; ; n++) {
    const name = `${stem}${n === 1 ? '' : `-${n}`}${ext}`;
    if (taken.has(name)) continue;
    taken.add(name);
    return name;
  }
}

/** Each document's text file: its own for a seed document, one named after its id for a curator's. */
function textFiles(documents: Items['documents']): Map<string, string> {
  const kept = documents.filter((d) => d.file !== null && FILE_NAME.test(d.file));
  const taken = new Set(kept.map((d) => d.file!));
  const named = documents.filter((d) => !kept.includes(d)).map((d) => [d.id, uniqueName(slug(d.id), '.txt', taken)] as const);
  return new Map([...kept.map((d) => [d.id, d.file!] as const), ...named]);
}

/** The graph file of each document: `NNN-<slug>.json` as in seeds/ when its text file is numbered, else `<slug>.json`. */
function graphFiles(order: { id: string; file: string }[]): Map<string, string> {
  const taken = new Set<string>();
  return new Map(
    order.map((d) => [d.id, uniqueName(`${d.file.match(/^(\d+)[_-]/)?.[1]?.concat('-') ?? ''}${slug(d.id)}`, '.json', taken)]),
  );
}

const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
const byPlace = (list: Evidence[]) => [...list].sort((a, b) => a.document.localeCompare(b.document) || a.start - b.start || a.end - b.end);
const bySubject = (list: { entity: string; role: string }[]) =>
  [...list].sort((a, b) => a.entity.localeCompare(b.entity) || a.role.localeCompare(b.role));

/**
 * The files of a seeds folder holding `items`: path (with `/`) → content, in path order.
 * Each item is listed once, in the graph file of the first document (in file order) that its
 * evidence quotes, with all its evidence; nothing needs merging when it is loaded.
 */
export function seedFiles(items: Items): Map<string, string> {
  const texts = textFiles(items.documents);
  const documents = items.documents.map((d) => ({ ...d, file: texts.get(d.id)! })).sort((a, b) => a.file.localeCompare(b.file));
  const rank = new Map(documents.map((d, i) => [d.id, i]));
  const home = (evidence: Evidence[]) =>
    documents[Math.min(...evidence.map((e) => rank.get(e.document) ?? documents.length), documents.length - 1)]?.id ?? '';
  const graph = new Map(
    documents.map((d) => [d.id, { document: d.id, entities: [] as unknown[], relationships: [] as unknown[], facts: [] as unknown[] }]),
  );
  const fileOf = (evidence: Evidence[]) => graph.get(home(evidence));

  // Mentions, fact evidence and subjects are sets in the graph (edges), so any order is theirs: a fixed one.
  for (const { id, origin, ...rest } of byId(items.entities))
    fileOf(rest.mentions)?.entities.push({ id, origin: shown(origin), ...rest, mentions: byPlace(rest.mentions) });
  const relationships = [...items.relationships].sort((a, b) => relationshipKey(a).localeCompare(relationshipKey(b)));
  // A relationship's evidence is a stored list (evidenceIds): kept in its order.
  for (const { type, from, to, origin, properties, evidence } of relationships) {
    const shownProperties = Object.keys(properties).length > 0 ? properties : undefined;
    fileOf(evidence)?.relationships.push({ type, from, to, origin: shown(origin), properties: shownProperties, evidence });
  }
  for (const { id, origin, ...rest } of byId(items.facts)) {
    const fact = { id, origin: shown(origin), ...rest, subjects: bySubject(rest.subjects), evidence: byPlace(rest.evidence) };
    fileOf(rest.evidence)?.facts.push(fact);
  }

  const graphNames = graphFiles(documents);
  const files = new Map<string, string>([
    ['documents.json', json(documents.map(({ text: _text, id, origin, ...meta }) => ({ id, origin: shown(origin), ...meta })))],
    // A graph without metrics has no catalogue file, as a seeds folder may have none.
    ...(items.metrics.length > 0
      ? [['metrics.json', json([...items.metrics].sort((a, b) => a.key.localeCompare(b.key)))] as [string, string]]
      : []),
    ...documents.map((d) => [`documents/${d.file}`, d.text] as [string, string]),
    ...[...graph.values()]
      .filter((g) => g.entities.length + g.relationships.length + g.facts.length > 0)
      .map((g) => [`graph/${graphNames.get(g.document)}`, json(g)] as [string, string]),
  ]);
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Refuses a target that is a file, or a non-empty folder unless `force`; checked before any work. */
export function checkTarget(dir: string, force: boolean): void {
  if (!existsSync(dir)) return;
  if (!statSync(dir).isDirectory()) throw new ExportError(`${dir} exists and is not a folder; nothing was written.`);
  const entries = readdirSync(dir);
  if (entries.length > 0 && !force) {
    throw new ExportError(
      `${dir} is not empty (${entries.length} entries); nothing was written. Pass --force to replace its ${SEED_ENTRIES.join(', ')} ` +
        '(anything else in it is kept).',
    );
  }
}

/**
 * Writes the files to a temporary folder beside `dir`, checks them with the seed validator, and
 * only then moves them into place with renames: a failed export leaves no half-written folder.
 */
export function writeSeedFolder(dir: string, files: Map<string, string>, opts: { force?: boolean } = {}): void {
  checkTarget(dir, opts.force ?? false);
  const target = path.resolve(dir);
  const sibling = (what: string) => path.join(path.dirname(target), `.${path.basename(target)}.${what}-${randomBytes(4).toString('hex')}`);
  mkdirSync(path.dirname(target), { recursive: true });
  const staging = sibling('export');
  try {
    for (const [name, content] of files) {
      mkdirSync(path.dirname(path.join(staging, name)), { recursive: true });
      writeFileSync(path.join(staging, name), content, 'utf8');
    }
    const validation = validateSeeds(readSeeds(staging));
    if (!validation.ok) {
      const list = validation.problems.map((p) => `  ${formatProblem(p)}`).join('\n');
      throw new ExportError(`The export does not pass the seed validator; nothing was written:\n${list}`);
    }
    if (!existsSync(target) || readdirSync(target).length === 0) {
      // rename(2) replaces an empty folder in one step.
      renameSync(staging, target);
      return;
    }
    // A non-empty folder (--force): swap the seed entries, keeping the rest (a .git, say).
    const replaced = sibling('replaced');
    mkdirSync(replaced);
    for (const entry of SEED_ENTRIES)
      if (existsSync(path.join(target, entry))) renameSync(path.join(target, entry), path.join(replaced, entry));
    for (const entry of readdirSync(staging)) renameSync(path.join(staging, entry), path.join(target, entry));
    rmSync(replaced, { recursive: true, force: true });
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
