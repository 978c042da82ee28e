import type { Row } from '../db/neo4j.js';
import { KIND_PROPERTIES } from '../model/entity-kinds.js';

// What an export holds, whatever its format: plain values, so that every writer is a pure function of it.

/** A verbatim quote and where it stands in its document (offsets in UTF-16 code units, end exclusive). */
export interface ExportEvidence {
  id: string;
  document: string;
  quote: string;
  start: number;
  end: number;
}

/** An entity: its kind-specific properties (placeType, issuedOn, …) in `properties`, only those it has. */
export interface ExportNode {
  id: string;
  kind: string;
  name: string;
  aliases: string[];
  description: string | null;
  degree: number | null;
  properties: Record<string, string>;
}

/** A relationship between two entities, with its own properties (role, how) and the quotes it rests on. */
export interface ExportEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, string>;
  evidence: ExportEvidence[];
}

/** A fact (whole-graph JSON-LD only): its stored properties, the entities it is about, who stated it, its quotes. */
export interface ExportFact {
  id: string;
  properties: Record<string, string | number>;
  subjects: { entity: string; role: string }[];
  statedBy: string | null;
  evidence: ExportEvidence[];
}

/** A source article's header (no text). */
export interface ExportDocument {
  id: string;
  title: string;
  publisher: string | null;
  authors: string[];
  publishedOn: string | null;
  language: string | null;
}

export interface ExportGraph {
  /** What was exported, in words, for the file's own description. */
  title: string;
  nodes: ExportNode[];
  edges: ExportEdge[];
  facts: ExportFact[];
  /** The documents the evidence quotes. */
  documents: ExportDocument[];
  /** True when a neighbourhood was cut at its entity limit. */
  truncated: boolean;
}

/** What the relationship stores for the loader and the API's bookkeeping, not as what it says. */
const BOOKKEEPING = new Set(['key', 'evidenceIds', 'origin']);

const text = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));

function evidence(row: Row): ExportEvidence {
  return { id: String(row.id), document: String(row.documentId), quote: String(row.quote), start: Number(row.start), end: Number(row.end) };
}

/** An entity row (properties as stored) as an export node. */
export function exportNode(row: Row): ExportNode {
  const properties: Record<string, string> = {};
  for (const name of KIND_PROPERTIES.keys()) if (row[name] !== null && row[name] !== undefined) properties[name] = String(row[name]);
  return {
    id: String(row.id),
    kind: String(row.kind),
    name: String(row.name),
    aliases: (row.aliases as string[] | null) ?? [],
    description: text(row.description),
    degree: typeof row.degree === 'number' ? row.degree : null,
    properties,
  };
}

/** A relationship row of data/graph.ts's EDGE shape as an export edge. */
export function exportEdge(row: Row): ExportEdge {
  const props = (row.props ?? {}) as Row;
  const properties: Record<string, string> = {};
  for (const [name, value] of Object.entries(props)) if (!BOOKKEEPING.has(name) && value !== null) properties[name] = String(value);
  return {
    id: String(props.key ?? `${String(row.source)}|${String(row.type)}|${String(row.target)}`),
    type: String(row.type),
    source: String(row.source),
    target: String(row.target),
    properties,
    evidence: ((row.evidence ?? []) as Row[]).map(evidence),
  };
}

/** A fact row ({fact, subjects, statedBy, evidence}) as an export fact. */
export function exportFact(row: Row): ExportFact {
  const stored = row.fact as Row;
  const properties: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(stored)) {
    if (name !== 'origin' && (typeof value === 'string' || typeof value === 'number')) properties[name] = value;
  }
  return {
    id: String(stored.id),
    properties,
    subjects: (row.subjects as { entity: string; role: string }[] | null) ?? [],
    statedBy: text(row.statedBy),
    evidence: ((row.evidence ?? []) as Row[]).map(evidence),
  };
}

/** A document header row as an export document. */
export function exportDocument(row: Row): ExportDocument {
  return {
    id: String(row.id),
    title: String(row.title),
    publisher: text(row.publisher),
    authors: (row.authors as string[] | null) ?? [],
    publishedOn: text(row.publishedOn),
    language: text(row.language),
  };
}
