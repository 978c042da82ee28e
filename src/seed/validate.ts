import type { z } from 'zod';
import { TEXT_LIMITS } from '../model/text-limits.js';
import {
  distinctAliases,
  entityProblems,
  evidenceProblems,
  formatProblems,
  factReferenceProblems,
  metricProblems,
  relationshipKey,
  relationshipProblems,
  type ItemProblem,
  type KnownItems,
} from './checks.js';
import type { Evidence } from './format.js';
import {
  aboveLimit,
  AuditException,
  DocumentMeta,
  DocumentText,
  entries,
  Entity,
  Fact,
  GraphFile,
  KIND_PROPERTIES,
  MetricEntry,
  Relationship,
} from './format.js';
import { takeOrigin, type Origin, type WithOrigin } from './origin.js';
import { sha256, type RawFile, type RawSeeds } from './read.js';
import type { AuditException as SeedAuditException } from '../audit/exceptions.js';
import { duplicateExceptions, exceptionProblems } from './audit-exceptions.js';
import { CURATOR_ORIGIN } from './rows.js';

/** One thing wrong with the seeds: which file, which item in it, and what. */
export interface SeedProblem {
  file: string;
  item: string;
  problem: string;
}

export const formatProblem = (p: SeedProblem) => `${p.file} › ${p.item}: ${p.problem}`;

export interface SeedDocument extends WithOrigin<DocumentMeta> {
  text: string;
}

export interface SeedEntity extends WithOrigin<Entity> {
  /** Graph files that list it. */
  files: string[];
}

export interface SeedRelationship extends WithOrigin<Relationship> {
  /** Stable identity: type, endpoints and role. */
  key: string;
}

export type SeedFact = WithOrigin<Fact>;

export interface SeedSet {
  documents: SeedDocument[];
  entities: SeedEntity[];
  relationships: SeedRelationship[];
  facts: SeedFact[];
  /** The metric catalogue, by key. */
  metrics: MetricEntry[];
}

/** The seeds, and the audit findings their files accept (seeds/README.md, Knowledge audit). */
export type Validation =
  { ok: true; seed: SeedSet; auditExceptions: SeedAuditException[]; problems: [] } | { ok: false; problems: SeedProblem[] };

// Names are merged as one value: given in one file, or the same in each (seeds/README.md, Names in other languages).
const MERGED_SCALARS = ['description', 'names', ...(Object.keys(KIND_PROPERTIES) as (keyof Entity)[])] as const;

const evidenceKey = (e: Evidence) => `${e.document}@${e.start}-${e.end}`;
export const uniqueEvidence = (list: Evidence[]) => [...new Map(list.map((e) => [evidenceKey(e), e])).values()];

function zodProblems(file: string, item: string, error: z.ZodError): SeedProblem[] {
  return formatProblems(error).map(({ problem }) => ({ file, item, problem }));
}

function itemLabel(section: string, index: number, raw: unknown): string {
  const id = (raw as { id?: unknown } | null)?.id;
  const rel = raw as { type?: unknown; from?: unknown; to?: unknown } | null;
  if (typeof id === 'string') return `${section}[${index}] ${id}`;
  if (rel && typeof rel.type === 'string') return `${section}[${index}] ${String(rel.from)} -${rel.type}-> ${String(rel.to)}`;
  return `${section}[${index}]`;
}

/**
 * Checks every seed file against the format and against each other: quotes verbatim at their
 * offsets, references resolved, ids unique, enumerations and dates valid, merges consistent.
 * Reports every problem at once; returns the merged seed set only when there are none.
 */
export function validateSeeds(raw: RawSeeds): Validation {
  const problems: SeedProblem[] = raw.readProblems.map((p) => ({ file: p.file, item: '(file)', problem: p.problem }));
  const report = (file: string, item: string, problem: string) => problems.push({ file, item, problem });
  const reportAll = (file: string, item: string, found: ItemProblem[]) => found.forEach((p) => report(file, item, p.problem));
  /** The item without its origin, which is checked here; the item's own format checks the rest. */
  const originOf = (file: string, item: string, raw: unknown): { rest: unknown; origin: Origin } => {
    const { rest, origin, problems: found } = takeOrigin(raw);
    found.forEach((p) => report(file, item, p));
    return { rest, origin };
  };

  // Documents
  const documents = new Map<string, SeedDocument>();
  const docsFile = raw.documentsFile;
  if (docsFile.json !== undefined && !Array.isArray(docsFile.json)) report(docsFile.name, '(file)', 'must be a JSON array of documents');
  const listedFiles = new Set<string>();
  (Array.isArray(docsFile.json) ? docsFile.json : []).forEach((rawDoc, i) => {
    const item = itemLabel('', i, rawDoc);
    const { rest, origin } = originOf(docsFile.name, item, rawDoc);
    const parsed = DocumentMeta.safeParse(rest);
    if (!parsed.success) return void problems.push(...zodProblems(docsFile.name, item, parsed.error));
    const meta = parsed.data;
    const text = raw.texts.get(meta.file);
    if (text === undefined) return report(docsFile.name, item, `file ${meta.file} is not in seeds/documents/`);
    DocumentText.safeParse(text).error?.issues.forEach((i) => report(docsFile.name, item, `text (documents/${meta.file}): ${i.message}`));
    if (sha256(text) !== meta.sha256)
      return report(docsFile.name, item, `${meta.file} does not match its sha256: the articles must stay byte-identical`);
    if (documents.has(meta.id)) return report(docsFile.name, item, `duplicate document id ${meta.id}`);
    if (listedFiles.has(meta.file)) return report(docsFile.name, item, `file ${meta.file} is listed twice`);
    listedFiles.add(meta.file);
    documents.set(meta.id, { ...meta, origin, text });
  });
  for (const f of raw.texts.keys())
    if (!listedFiles.has(f) && docsFile.json !== undefined) report(docsFile.name, f, 'this article has no entry');

  // The metric catalogue: an absent metrics.json is an empty one
  const metrics = new Map<string, MetricEntry & { item: string }>();
  const brokenKeys = new Set<string>();
  const metricsFile = raw.metricsFile;
  if (metricsFile.json !== undefined && !Array.isArray(metricsFile.json))
    report(metricsFile.name, '(file)', 'must be a JSON array of metrics');
  (Array.isArray(metricsFile.json) ? metricsFile.json : []).forEach((rawEntry, i) => {
    const key = (rawEntry as { key?: unknown } | null)?.key;
    const item = typeof key === 'string' ? `[${i}] ${key}` : `[${i}]`;
    const parsed = MetricEntry.safeParse(rawEntry);
    if (!parsed.success) {
      if (typeof key === 'string') brokenKeys.add(key);
      return void problems.push(...zodProblems(metricsFile.name, item, parsed.error));
    }
    if (metrics.has(parsed.data.key)) return report(metricsFile.name, item, `duplicate metric key ${parsed.data.key}`);
    metrics.set(parsed.data.key, { ...parsed.data, item });
  });

  // Graph files: parse items, check evidence, merge entities
  const entities = new Map<string, SeedEntity>();
  const relationships = new Map<string, SeedRelationship & { file: string; item: string }>();
  const facts = new Map<string, SeedFact & { file: string }>();
  const factRefs: { file: string; item: string; fact: WithOrigin<Fact> }[] = [];
  // Every key a fact names, its own checks passed or not: an entry a broken fact uses is not reported unused.
  const usedKeys = new Set<unknown>();
  // Ids of items that failed their own checks: references to them are not reported again.
  const brokenIds = new Set<string>();
  const rememberBroken = (raw: unknown) => {
    const id = (raw as { id?: unknown } | null)?.id;
    if (typeof id === 'string') brokenIds.add(id);
  };
  const known: KnownItems = {
    documentText: (id) => documents.get(id)?.text,
    kindOf: (id) => entities.get(id)?.type,
    isUnknown: (id) => !entities.has(id) && !brokenIds.has(id),
  };
  const checkEvidence = (file: string, item: string, where: string, list: Evidence[]) =>
    reportAll(file, item, evidenceProblems(known, where, list));
  const relRefs: { file: string; item: string; rel: WithOrigin<Relationship> }[] = [];
  const auditExceptions: (SeedAuditException & { label: string })[] = [];

  for (const file of raw.graphFiles) {
    if (file.json === undefined) continue;
    const parsed = GraphFile.safeParse(file.json);
    if (!parsed.success) {
      problems.push(...zodProblems(file.name, '(file)', parsed.error));
      continue;
    }
    if (!documents.has(parsed.data.document)) report(file.name, 'document', `unknown document ${parsed.data.document}`);
    parseEntities(file, parsed.data.entities);
    parseRelationships(file, parsed.data.relationships);
    parseFacts(file, parsed.data.facts);
    parseAuditExceptions(file, parsed.data.auditExceptions);
  }

  function parseEntities(file: RawFile, list: unknown[]) {
    const seenHere = new Set<string>();
    list.forEach((rawEntity, i) => {
      const item = itemLabel('entities', i, rawEntity);
      const { rest, origin } = originOf(file.name, item, rawEntity);
      const parsed = Entity.safeParse(rest);
      if (!parsed.success) {
        rememberBroken(rawEntity);
        return void problems.push(...zodProblems(file.name, item, parsed.error));
      }
      const e: WithOrigin<Entity> = { ...parsed.data, origin };
      reportAll(file.name, item, entityProblems(e));
      if (seenHere.has(e.id)) return report(file.name, item, `duplicate id ${e.id} in this file`);
      seenHere.add(e.id);
      checkEvidence(file.name, item, 'mentions', e.mentions);
      const prior = entities.get(e.id);
      if (!prior) return void entities.set(e.id, { ...e, files: [file.name] });
      for (const prop of ['type', 'name', 'origin', ...MERGED_SCALARS] as const) {
        const [a, b] = [JSON.stringify(prior[prop]), JSON.stringify(e[prop])];
        const bothSet = prior[prop] !== undefined && e[prop] !== undefined;
        if (bothSet && a !== b) report(file.name, item, `${prop} ${b} conflicts with ${a} in ${prior.files.join(', ')}`);
        else if (prior[prop] === undefined && e[prop] !== undefined) Object.assign(prior, { [prop]: e[prop] });
      }
      const aliasCount = (aliases: string[]) => distinctAliases(e.name, aliases).length;
      const merged = [...new Set([...prior.aliases, ...e.aliases])];
      // Each file's aliases are within the limit; together they may not be.
      if (aliasCount(merged) > TEXT_LIMITS.entity.aliases && aliasCount(prior.aliases) <= TEXT_LIMITS.entity.aliases) {
        report(
          file.name,
          item,
          `aliases: ${aboveLimit(`${entries(aliasCount(merged))} merged with ${prior.files.join(', ')}`, TEXT_LIMITS.entity.aliases)}`,
        );
      }
      prior.aliases = merged;
      prior.mentions = uniqueEvidence([...prior.mentions, ...e.mentions]);
      prior.files.push(file.name);
    });
  }

  function parseRelationships(file: RawFile, list: unknown[]) {
    list.forEach((rawRel, i) => {
      const item = itemLabel('relationships', i, rawRel);
      const { rest, origin } = originOf(file.name, item, rawRel);
      const parsed = Relationship.safeParse(rest);
      if (!parsed.success) return void problems.push(...zodProblems(file.name, item, parsed.error));
      checkEvidence(file.name, item, 'evidence', parsed.data.evidence);
      relRefs.push({ file: file.name, item, rel: { ...parsed.data, origin } });
    });
  }

  function parseFacts(file: RawFile, list: unknown[]) {
    list.forEach((rawFact, i) => {
      usedKeys.add((rawFact as { metric?: unknown } | null)?.metric);
      const item = itemLabel('facts', i, rawFact);
      const { rest, origin } = originOf(file.name, item, rawFact);
      const parsed = Fact.safeParse(rest);
      if (!parsed.success) return void problems.push(...zodProblems(file.name, item, parsed.error));
      const f = parsed.data;
      const prior = facts.get(f.id);
      if (prior) return report(file.name, item, `duplicate fact id ${f.id} (also in ${prior.file})`);
      checkEvidence(file.name, item, 'evidence', f.evidence);
      facts.set(f.id, { ...f, origin, file: file.name });
      factRefs.push({ file: file.name, item, fact: { ...f, origin } });
    });
  }

  function parseAuditExceptions(file: RawFile, list: unknown[]) {
    list.forEach((rawException, i) => {
      const item = `auditExceptions[${i}]`;
      const parsed = AuditException.safeParse(rawException);
      if (!parsed.success) return void problems.push(...zodProblems(file.name, item, parsed.error));
      auditExceptions.push({ ...parsed.data, file: file.name, label: item });
    });
  }

  // References, now that every entity is known
  for (const { file, item, rel } of relRefs) {
    reportAll(file, item, relationshipProblems(rel, known));
    const key = relationshipKey(rel);
    const prior = relationships.get(key);
    if (!prior) {
      relationships.set(key, { ...rel, key, file, item });
    } else if (prior.origin !== rel.origin) {
      report(
        file,
        item,
        `origin ${JSON.stringify(rel.origin)} conflicts with ${JSON.stringify(prior.origin)} in ${prior.file} › ${prior.item}`,
      );
    } else if (JSON.stringify(prior.properties) !== JSON.stringify(rel.properties)) {
      report(
        file,
        item,
        `properties ${JSON.stringify(rel.properties)} conflict with ${JSON.stringify(prior.properties)} in ${prior.file} › ${prior.item}`,
      );
    } else prior.evidence = uniqueEvidence([...prior.evidence, ...rel.evidence]);
  }
  for (const { file, item, fact } of factRefs) reportAll(file, item, factReferenceProblems(fact, known));
  const targets = {
    isEntity: (id: string) => entities.has(id),
    isFact: (id: string) => facts.has(id),
    isRelationship: (key: string) => relationships.has(key),
  };
  for (const e of auditExceptions) exceptionProblems(e, targets).forEach((p) => report(e.file, e.label, p));
  for (const e of duplicateExceptions(auditExceptions)) report(e.file, e.label, 'excepts the same finding as an earlier exception');
  // A key whose entry failed its own checks is not reported again at each fact that uses it.
  for (const { file, item, fact } of factRefs)
    if (fact.origin !== CURATOR_ORIGIN && !brokenKeys.has(fact.metric ?? '')) reportAll(file, item, metricProblems(fact, metrics));
  for (const { key, item } of metrics.values())
    if (!usedKeys.has(key))
      report(metricsFile.name, item, `no fact uses metric ${key}: remove the entry, or correct the key it or a fact spells`);
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    problems: [],
    auditExceptions: auditExceptions.map(({ label: _l, ...e }) => e),
    seed: {
      documents: [...documents.values()],
      entities: [...entities.values()].map((e) => ({ ...e, aliases: distinctAliases(e.name, e.aliases) })),
      relationships: [...relationships.values()].map(({ file: _f, item: _i, ...r }) => r),
      facts: [...facts.values()].map(({ file: _f, ...f }) => f),
      metrics: [...metrics.values()].map(({ item: _i, ...m }) => m).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
    },
  };
}
