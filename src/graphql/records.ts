import type { Row } from '../db/neo4j.js';
import { KIND_PROPERTIES } from '../model/entity-kinds.js';
import { namesFromStored } from '../seed/rows.js';
import { toEnum } from './enums.js';
import type { DocumentShape, EdgeShape, EntityShape, NameShape, EvidenceShape, FactShape, RelationShape } from './shapes.js';

// Database rows to the shapes resolvers pass around: enums upper-cased, absent values null.

export const str = (v: unknown) => (typeof v === 'string' ? v : null);
export const num = (v: unknown) => (typeof v === 'number' ? v : null);

/** Kind properties of an enumerated type, upper-cased for GraphQL. */
const ENUM_PROPERTIES = [...KIND_PROPERTIES].filter(([, type]) => typeof type !== 'string').map(([name]) => name);

/** The `names` field from its three stored lists (src/seed/rows.ts); none when not fetched or not stored. */
const namesOf = (row: Row): NameShape[] => namesFromStored(row).map((n) => ({ ...n, origin: toEnum(n.origin)! }));

export function entityRecord(row: Row): EntityShape {
  // A copy then assignments: a spread followed by overriding keys takes V8's slow path (~40x slower).
  const record = Object.assign({}, row) as EntityShape;
  record.id = String(row.id);
  record.label = String(row.kind);
  record.kind = toEnum(row.kind)!;
  record.name = String(row.name);
  record.aliases = (row.aliases as string[] | undefined) ?? [];
  record.names = namesOf(row);
  record.description = str(row.description);
  for (const p of ENUM_PROPERTIES) if (p in row) record[p] = toEnum(row[p]);
  return record;
}

/** An entity's record, read as of `asOf` when given: its fields answer as of that day too. */
export function entityRecordAsOf(row: Row, asOf: string | undefined): EntityShape {
  const record = entityRecord(row);
  if (asOf !== undefined) record.asOf = asOf;
  return record;
}

export function evidenceRecord(row: Row): EvidenceShape {
  const record: EvidenceShape = {
    id: String(row.id),
    documentId: String(row.documentId),
    quote: String(row.quote),
    start: Number(row.start),
    end: Number(row.end),
  };
  if (row.document) record.document = documentRecord(row.document as Row);
  return record;
}

export function documentRecord(row: Row): DocumentShape {
  return {
    id: String(row.id),
    title: String(row.title),
    publisher: str(row.publisher),
    authors: (row.authors as string[] | undefined) ?? [],
    publishedOn: str(row.publishedOn),
    publishedOnBasis: str(row.publishedOnBasis),
    language: String(row.language),
    sourceLanguageNote: str(row.sourceLanguageNote),
    file: str(row.file),
    sha256: String(row.sha256),
    ...(typeof row.text === 'string' && { text: row.text }),
  };
}

export function factRecord(row: Row): FactShape {
  return {
    id: String(row.id),
    kind: toEnum(row.kind)!,
    statement: String(row.statement),
    metric: str(row.metric),
    value: num(row.value),
    unit: str(row.unit),
    currency: str(row.currency),
    qualifier: toEnum(row.qualifier),
    valueText: str(row.valueText),
    period: row.periodStart ? { start: String(row.periodStart), end: String(row.periodEnd), label: str(row.periodLabel) } : null,
    change:
      row.changeValue !== undefined && row.changeValue !== null
        ? { value: Number(row.changeValue), unit: toEnum(row.changeUnit)!, basis: toEnum(row.changeBasis)! }
        : null,
    rank: num(row.rank),
    rankOf: num(row.rankOf),
    ...(Array.isArray(row.evidence) && { evidence: (row.evidence as Row[]).map(evidenceRecord) }),
  };
}

/** A row of {type, outgoing, props, node, evidence} from the relation queries. */
export function relationRecord(row: Row): RelationShape {
  const props = (row.props ?? {}) as Row;
  return {
    id: `${String(props.key)}@${row.outgoing ? 'source' : 'target'}`,
    node: entityRecord(row.node as Row),
    type: String(row.type),
    direction: row.outgoing ? 'OUTGOING' : 'INCOMING',
    role: str(props.role),
    how: str(props.how),
    evidenceIds: ((props.evidenceIds ?? []) as unknown[]).map(String),
    ...(Array.isArray(row.evidence) && { evidence: (row.evidence as Row[]).map(evidenceRecord) }),
  };
}

/** A relation record whose related entity was read as of `asOf`, when given. */
export function relationRecordAsOf(row: Row, asOf: string | undefined): RelationShape {
  const record = relationRecord(row);
  if (asOf !== undefined) record.node.asOf = asOf;
  return record;
}

/** A row of {type, source, target, props, evidence} from the graph queries. */
export function edgeRecord(row: Row): EdgeShape {
  const props = (row.props ?? {}) as Row;
  return {
    id: String(props.key ?? `${row.source}|${row.type}|${row.target}`),
    type: String(row.type),
    source: String(row.source),
    target: String(row.target),
    role: str(props.role),
    how: str(props.how),
    evidence: ((row.evidence ?? []) as Row[]).map(evidenceRecord),
  };
}
