import type { EntityKind, RelationshipType } from '../model/vocabulary.js';
import { KIND_PROPERTIES } from '../model/entity-kinds.js';
import { PERIOD_PARTS, type Entity, type Evidence, type Name } from './format.js';
import type { SeedDocument, SeedSet } from './validate.js';

// Turns a validated seed set into flat property maps for UNWIND batches. Pure: no database.

type Props = Record<string, string | number | boolean | string[] | null>;

export interface EntityRow {
  id: string;
  props: Props;
  evidenceIds: string[];
}
export interface RelationshipRow {
  from: string;
  to: string;
  props: Props;
}
export interface FactRow {
  id: string;
  props: Props;
  subjects: { entity: string; role: string }[];
  statedBy: string | null;
  evidenceIds: string[];
}
export interface GraphRows {
  documents: Props[];
  evidence: Props[];
  entitiesByKind: Map<EntityKind, EntityRow[]>;
  relationshipsByType: Map<RelationshipType, RelationshipRow[]>;
  facts: FactRow[];
  /** Metric catalogue entries: key, description, unit when given, origin. */
  metrics: Props[];
}

/** Marks what the seed loader owns, so a re-run can prune what the seeds no longer say. */
export const SEED_ORIGIN = 'seed';
/** Marks what a curator wrote through the API: the seed loader neither prunes nor overwrites it. */
export const CURATOR_ORIGIN = 'curator';

/** What toRows turns into rows: a validated seed set, or a curator's items (a document a curator adds has no file). */
export type RowSource = Omit<SeedSet, 'documents' | 'metrics'> & {
  documents: (Omit<SeedDocument, 'file'> & { file: string | null })[];
  /** A curator's items carry no catalogue entries. */
  metrics?: SeedSet['metrics'];
};

/** Evidence is identified by where it stands, so one quote cited twice is one node. */
export const evidenceId = (e: Evidence) => `ev:${e.document.slice('doc:'.length)}:${e.start}-${e.end}`;

function group<K, V>(items: V[], key: (v: V) => K): Map<K, V[]> {
  const map = new Map<K, V[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
}

/** Drops undefined values: Neo4j stores no nulls, and SET n = map must not carry them. */
function defined(props: Record<string, unknown>): Props {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined && v !== null)) as Props;
}

/** An entity's kind-specific properties as stored: each declared property, a period's start and end as two. */
function kindProperties(e: Entity): Record<string, string | undefined> {
  const stored: Record<string, string | undefined> = {};
  for (const name of KIND_PROPERTIES.keys()) {
    stored[name] = name === 'periodStart' || name === 'periodEnd' ? e.period?.[PERIOD_PARTS[name]] : e[name];
  }
  return stored;
}

/** Language-tagged names as three lists of one length (Neo4j stores no list of maps); nothing when there are none. */
export function storedNames(names: Name[] | undefined): Record<string, string[] | undefined> {
  if (!names?.length) return {};
  return { nameValues: names.map((n) => n.value), nameLangs: names.map((n) => n.lang), nameOrigins: names.map((n) => n.origin) };
}

/** storedNames backwards: the names of a stored entity's properties, none when it has none. */
export function namesFromStored(props: Record<string, unknown>): Name[] {
  const values = (props.nameValues as string[] | null | undefined) ?? [];
  const [langs, origins] = [props.nameLangs as string[], props.nameOrigins as Name['origin'][]];
  return values.map((value, i) => ({ value, lang: langs[i]!, origin: origins[i]! }));
}

/** Items take the origin their seed file gives them (seeds/README.md, Origin), else `origin`. */
export function toRows(seed: RowSource, origin: string = SEED_ORIGIN): GraphRows {
  const evidence = new Map<string, Props>();
  // A quote a curator cites is the curator's, as when the curator's write came after the seeds'.
  const cite = (list: Evidence[], by: string) =>
    list.map((e) => {
      const id = evidenceId(e);
      if (evidence.get(id)?.origin !== CURATOR_ORIGIN)
        evidence.set(id, { id, documentId: e.document, quote: e.quote, start: e.start, end: e.end, origin: by });
      return id;
    });

  const documents = seed.documents.map((d) =>
    defined({
      id: d.id,
      // A curator's document has no file in the graph: a seeds folder's file only holds its text.
      file: (d.origin ?? origin) === CURATOR_ORIGIN ? null : d.file,
      title: d.title,
      publisher: d.publisher,
      authors: d.authors,
      publishedOn: d.publishedOn,
      publishedOnBasis: d.publishedOnBasis,
      language: d.language,
      sourceLanguageNote: d.sourceLanguageNote,
      text: d.text,
      sha256: d.sha256,
      origin: d.origin ?? origin,
    }),
  );

  const entities = seed.entities.map((e) => ({
    kind: e.type,
    row: {
      id: e.id,
      evidenceIds: cite(e.mentions, e.origin ?? origin),
      props: defined({
        id: e.id,
        kind: e.type,
        name: e.name,
        aliases: e.aliases,
        // The language-tagged names are searched like aliases (the full-text index covers aliasText).
        aliasText: [...e.aliases, ...(e.names ?? []).map((n) => n.value)].join(' | '),
        ...storedNames(e.names),
        description: e.description,
        ...kindProperties(e),
        origin: e.origin ?? origin,
      }),
    },
  }));

  const relationships = seed.relationships.map((r) => ({
    type: r.type,
    row: {
      from: r.from,
      to: r.to,
      props: defined({ ...r.properties, key: r.key, evidenceIds: cite(r.evidence, r.origin ?? origin), origin: r.origin ?? origin }),
    },
  }));

  const facts = seed.facts.map((f) => ({
    id: f.id,
    subjects: f.subjects,
    statedBy: f.statedBy ?? null,
    evidenceIds: cite(f.evidence, f.origin ?? origin),
    props: defined({
      id: f.id,
      kind: f.kind,
      statement: f.statement,
      metric: f.metric,
      value: f.value,
      unit: f.unit,
      currency: f.currency,
      qualifier: f.qualifier,
      valueText: f.valueText,
      periodStart: f.period?.start,
      periodEnd: f.period?.end,
      periodLabel: f.period?.label,
      changeValue: f.change?.value,
      changeUnit: f.change?.unit,
      changeBasis: f.change?.basis,
      rank: f.rank,
      rankOf: f.rankOf,
      origin: f.origin ?? origin,
    }),
  }));

  return {
    documents,
    evidence: [...evidence.values()],
    entitiesByKind: new Map([...group(entities, (e) => e.kind)].map(([k, v]) => [k, v.map((x) => x.row)])),
    relationshipsByType: new Map([...group(relationships, (r) => r.type)].map(([k, v]) => [k, v.map((x) => x.row)])),
    facts,
    // The catalogue is the seeds': a curator's write brings no entries.
    metrics: (seed.metrics ?? []).map((m) => defined({ key: m.key, description: m.description, unit: m.unit, origin: SEED_ORIGIN })),
  };
}
