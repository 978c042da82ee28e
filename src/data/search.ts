import type { Database, QueryOptions, Row } from '../db/neo4j.js';
import { ENTITY_KIND_NAMES, type EntityKind } from '../model/vocabulary.js';
import { entityMap, type EntityProjection } from './projection.js';

// Full-text search over the three indexes of cypher/schema.cypher, merged into one ranking.

/** What a search looks through: some or all entity kinds, facts, documents. */
export interface SearchScope {
  /** Entity kinds to keep; all when null, none when empty. */
  entityKinds: readonly EntityKind[] | null;
  facts: boolean;
  documents: boolean;
}

export type SearchSource = 'entity' | 'fact' | 'document';

export interface SearchRow {
  source: SearchSource;
  score: number;
  node: Row;
}

const INDEXES: Record<SearchSource, string> = { entity: 'entity_text', fact: 'fact_text', document: 'document_text' };

// Characters the Lucene query parser gives a meaning to, and its upper-case operator words.
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const LUCENE_OPERATORS = /\b(AND|OR|NOT)\b/g;
const NAME_BOOST = 4;

/**
 * The user's text as plain terms, any of which may match: special characters escaped and
 * operator words lower-cased, so that no input can make the query fail to parse. A match in
 * an entity's name counts more, so that the entity called "Guangzhou" ranks above the bodies
 * that merely mention it (only entity_text has the field; elsewhere the clause matches nothing).
 */
function luceneQuery(text: string): string {
  const terms = text.replace(LUCENE_SPECIAL, '\\$&').replace(LUCENE_OPERATORS, (op) => op.toLowerCase());
  return `(${terms}) OR name:(${terms})^${NAME_BOOST}`;
}

/** The best `limit` hits over the indexes in scope, by score (ties by id); entity hits with the projected properties. */
export async function fullTextSearch(
  db: Database,
  text: string,
  scope: SearchScope,
  limit: number,
  projection: EntityProjection,
  opts?: QueryOptions,
): Promise<SearchRow[]> {
  const sources: SearchSource[] = [];
  if (scope.entityKinds === null || scope.entityKinds.length > 0) sources.push('entity');
  if (scope.facts) sources.push('fact');
  if (scope.documents) sources.push('document');
  // Only a real restriction is written: Neo4j places the filter between the sort and the limit,
  // which forces a full sort of every hit, where without one it keeps the best `limit` (Top).
  const kinds = scope.entityKinds && new Set(scope.entityKinds).size < ENTITY_KIND_NAMES.length ? scope.entityKinds : null;
  // No per-index limit: the kind filter comes after the index, and the merge needs every candidate.
  const rows = await db.read(
    `UNWIND $sources AS source
     CALL db.index.fulltext.queryNodes($indexes[source], $query) YIELD node, score
     ${kinds ? "WHERE source <> 'entity' OR node.kind IN $kinds" : ''}
     WITH source, node, score ORDER BY score DESC, node.id LIMIT $limit
     RETURN source, score, CASE source WHEN 'entity' THEN ${entityMap('node', projection)} ELSE node {.*} END AS node`,
    { sources, indexes: INDEXES, query: luceneQuery(text), kinds, limit },
    opts,
  );
  return rows as unknown as SearchRow[];
}
