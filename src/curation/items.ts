import type { z } from 'zod';
import { EDGE } from '../data/graph.js';
import type { Row, Transaction } from '../db/neo4j.js';
import { allowListed, RELATIONSHIP_TYPE_NAMES } from '../model/vocabulary.js';
import {
  distinctAliases,
  documentsOf,
  entityProblems,
  evidenceProblems,
  factReferenceProblems,
  relationshipKey,
  relationshipProblems,
  type WellFormed,
} from '../seed/checks.js';
import { DocumentMeta, DocumentText, Entity, Fact, Relationship } from '../seed/format.js';
import { sha256 } from '../seed/read.js';
import { uniqueEvidence } from '../seed/validate.js';
import { EMPTY_SOURCE, type ItemKind, type State } from './curate.js';
import { lockEntities, lockNode } from './locks.js';

// The four kinds of item a curator writes, in the seed format, each checked as the seed
// validator checks it but against the graph: documents, entities, facts, relationships.

const sorted = <T>(list: T[], key: (t: T) => string = String) => [...list].sort((a, b) => key(a).localeCompare(key(b)));

async function first(tx: Transaction, cypher: string, params: Row): Promise<Row | null> {
  const [row] = await tx.run(cypher, params);
  return row ?? null;
}

async function record(tx: Transaction, cypher: string, params: Row): Promise<Row> {
  const row = await first(tx, cypher, params);
  if (!row) throw new Error(`The item just written is not there: ${JSON.stringify(params)}`);
  return row.record as Row;
}

/** A document a curator adds: the seed metadata less the file (it has none) and hash (computed), with its text. */
export const CuratedDocument = DocumentMeta.omit({ file: true, sha256: true }).extend({ text: DocumentText });
export type CuratedDocument = z.infer<typeof CuratedDocument>;

/** Metadata as stored: the text is in the graph already and too long for an audit record; its hash stands for it. */
const withoutText = ({ text: _text, ...rest }: Row): State => rest;

export const documentItem: ItemKind<CuratedDocument> = {
  format: CuratedDocument,
  actions: { create: 'add_document', update: 'add_document' },
  targetId: (d) => d.id,
  references: () => ({ documents: [], entities: [] }),
  check: (d, _known, stored) =>
    stored && d.text !== undefined && stored.sha256 !== sha256(d.text)
      ? [
          {
            path: ['text'],
            problem: `text differs from the stored text of ${d.id}: documents are immutable, since evidence offsets index into their text`,
          },
        ]
      : [],
  lock: (tx, d) => lockNode(tx, 'Document', d.id),
  stored: async (tx, d) => {
    if (d.id === undefined) return null;
    const row = await first(tx, 'MATCH (d:Document {id: $id}) RETURN d {.*} AS props', { id: d.id });
    return row && withoutText(row.props as Row);
  },
  source: (d) => ({ ...EMPTY_SOURCE, documents: [{ ...d, file: null, sha256: sha256(d.text) }] }),
  state: (rows) => withoutText(rows.documents[0]!),
  // Same text, same document: its metadata is not curated after the fact.
  unchanged: (stored, next) => stored.sha256 === next.sha256,
  touched: () => [],
  record: (tx, d) => record(tx, 'MATCH (d:Document {id: $id}) RETURN d {.*} AS record', { id: d.id }),
};

export const entityItem: ItemKind<Entity> = {
  format: Entity,
  actions: { create: 'create_entity', update: 'update_entity' },
  targetId: (e) => e.id,
  references: (e) => ({ documents: documentsOf(e.mentions), entities: [] }),
  check: (e, known, stored) => [
    ...entityProblems(e),
    ...(stored && e.type !== undefined && stored.kind !== e.type
      ? [
          {
            path: ['type'],
            problem: `type ${JSON.stringify(e.type)} conflicts with ${JSON.stringify(stored.kind)} in the graph: an entity's kind cannot change`,
          },
        ]
      : []),
    ...evidenceProblems(known, 'mentions', e.mentions),
  ],
  lock: (tx, e) => lockNode(tx, 'Entity', e.id),
  stored: async (tx, e) => {
    if (e.id === undefined) return null;
    const row = await first(
      tx,
      'MATCH (n:Entity {id: $id}) RETURN n {.*} AS props, [(n)-[:MENTIONED_IN]->(m:Evidence) | m.id] AS evidenceIds',
      { id: e.id },
    );
    if (!row) return null;
    // The degree is derived from relationships, not curated.
    const { degree: _degree, ...props } = row.props as Row;
    return { ...props, evidenceIds: sorted(row.evidenceIds as string[]) };
  },
  source: (e) => ({
    ...EMPTY_SOURCE,
    entities: [{ ...e, aliases: distinctAliases(e.name, e.aliases), mentions: uniqueEvidence(e.mentions), files: [] }],
  }),
  state: (rows) => {
    const row = [...rows.entitiesByKind.values()][0]![0]!;
    return { ...row.props, evidenceIds: sorted(row.evidenceIds) };
  },
  touched: (e) => [e.id],
  record: (tx, e) => record(tx, 'MATCH (n:Entity {id: $id}) RETURN n {.*} AS record', { id: e.id }),
};

const subjectKey = (s: { entity: string; role: string }) => `${s.entity}|${s.role}`;

export const factItem: ItemKind<Fact> = {
  format: Fact,
  actions: { create: 'create_fact', update: 'update_fact' },
  targetId: (f) => f.id,
  references: (f) => ({
    documents: documentsOf(f.evidence),
    entities: [...(f.subjects ?? []).flatMap((s) => (s ? [s.entity] : [])), ...(f.statedBy ? [f.statedBy] : [])],
  }),
  check: (f, known) => [...evidenceProblems(known, 'evidence', f.evidence), ...factReferenceProblems(f, known)],
  lock: (tx, f) => lockNode(tx, 'Fact', f.id),
  stored: async (tx, f) => {
    if (f.id === undefined) return null;
    const row = await first(
      tx,
      `MATCH (f:Fact {id: $id})
       RETURN f {.*} AS props,
              [(f)-[a:ABOUT]->(n:Entity) | {entity: n.id, role: a.role}] AS subjects,
              [(f)-[:STATED_BY]->(w:Entity) | w.id] AS statedBy,
              [(f)-[:EVIDENCED_BY]->(e:Evidence) | e.id] AS evidenceIds`,
      { id: f.id },
    );
    if (!row) return null;
    const subjects = row.subjects as { entity: string; role: string }[];
    return {
      ...(row.props as Row),
      subjects: sorted(subjects, subjectKey),
      statedBy: (row.statedBy as string[])[0] ?? null,
      evidenceIds: sorted(row.evidenceIds as string[]),
    };
  },
  source: (f) => ({
    ...EMPTY_SOURCE,
    // One ABOUT per entity and role, one EVIDENCED_BY per quote, however often the input repeats them.
    facts: [{ ...f, subjects: [...new Map(f.subjects.map((s) => [subjectKey(s), s])).values()], evidence: uniqueEvidence(f.evidence) }],
  }),
  state: (rows) => {
    const row = rows.facts[0]!;
    return { ...row.props, subjects: sorted(row.subjects, subjectKey), statedBy: row.statedBy, evidenceIds: sorted(row.evidenceIds) };
  },
  touched: () => [],
  record: (tx, f) => record(tx, 'MATCH (f:Fact {id: $id}) RETURN f {.*} AS record', { id: f.id }),
};

/** The relationship with the item's identity, as `r`; its type is allow-listed before it reaches the text. */
const relationshipMatch = (r: Pick<Relationship, 'type'>) =>
  `MATCH (:Entity {id: $from})-[r:${allowListed(r.type, RELATIONSHIP_TYPE_NAMES)} {key: $key}]->(:Entity {id: $to})`;
/** The fields that identify a relationship, when they are all well-formed. */
const identified = ({ type, from, to, properties }: WellFormed<Relationship>) =>
  type && from && to && properties ? { type, from, to, properties } : null;
const identity = (r: Pick<Relationship, 'type' | 'from' | 'to' | 'properties'>) => ({ from: r.from, to: r.to, key: relationshipKey(r) });

export const relationshipItem: ItemKind<Relationship> = {
  format: Relationship,
  actions: { create: 'create_relationship', update: 'update_relationship' },
  targetId: relationshipKey,
  references: (r) => ({ documents: documentsOf(r.evidence), entities: [r.from, r.to].filter((id) => id !== undefined) }),
  check: (r, known) => [...evidenceProblems(known, 'evidence', r.evidence), ...relationshipProblems(r, known)],
  // A relationship has no node of its own: its two ends stand for it (a write changes their degrees too).
  lock: async (tx, r) => {
    await lockEntities(tx, [r.from, r.to]);
    return false;
  },
  stored: async (tx, parts) => {
    const r = identified(parts);
    if (!r) return null;
    const row = await first(tx, `${relationshipMatch(r)} RETURN properties(r) AS props`, identity(r));
    if (!row) return null;
    const props = row.props as Row;
    return { ...props, evidenceIds: sorted(props.evidenceIds as string[]) };
  },
  source: (r) => ({ ...EMPTY_SOURCE, relationships: [{ ...r, key: relationshipKey(r), evidence: uniqueEvidence(r.evidence) }] }),
  state: (rows) => {
    const { props } = [...rows.relationshipsByType.values()][0]![0]!;
    return { ...props, evidenceIds: sorted(props.evidenceIds as string[]) };
  },
  touched: (r) => [r.from, r.to],
  record: (tx, r) => record(tx, `${relationshipMatch(r)} RETURN ${EDGE} AS record`, identity(r)),
};
