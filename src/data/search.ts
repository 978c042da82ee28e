import type { Database, Params, QueryOptions, Row } from '../db/neo4j.js';
import { ENTITY_KIND_NAMES, type EntityKind } from '../model/vocabulary.js';
import { entityMap, type EntityProjection } from './projection.js';
import type { SearchText } from './search-text.js';

// Full-text search over the three indexes of cypher/schema.cypher, merged into one ranking.

/** What a search looks through: some or all entity kinds, facts, documents. */
export interface SearchScope {
  /** Entity kinds to keep; all when null, none when empty. */
  entityKinds: readonly EntityKind[] | null;
  facts: boolean;
  documents: boolean;
}

/** Every entity kind, no facts, no documents. */
export const ENTITIES_ONLY: SearchScope = { entityKinds: null, facts: false, documents: false };

export type SearchSource = 'entity' | 'fact' | 'document';

/**
 * Where a hit stands in the ranking, best first: `rank`, then `nameLength` ascending, then `score`
 * descending, then `id`. Ranks: 0 the text is the entity's name, 1 one of its aliases, 2 the name
 * or an alias begins with it; from 3 on, 3 plus the number of the text's words the hit lacks.
 * `nameLength` is the length of the shortest name or alias beginning with the text (0 when none
 * does): the closest completion of what was typed comes first.
 */
export interface SearchKeyset {
  rank: number;
  nameLength: number;
  score: number;
  id: string;
}

export const RANK = { exactName: 0, exactAlias: 1, namePrefix: 2, words: 3 } as const;

/** One page: its size, and the hit it starts after (null for the first). */
export interface SearchPage {
  limit: number;
  after: SearchKeyset | null;
}

export interface SearchRow extends SearchKeyset {
  source: SearchSource;
  node: Row;
}

const INDEXES: Record<SearchSource, string> = { entity: 'entity_text', fact: 'fact_text', document: 'document_text' };

/** The hits of every index in scope, entity hits of the kinds asked for: `source`, `node`, `score`. */
function candidates(scope: SearchScope): { cypher: string; sources: SearchSource[]; kinds: readonly EntityKind[] | null } {
  const sources: SearchSource[] = [];
  if (scope.entityKinds === null || scope.entityKinds.length > 0) sources.push('entity');
  if (scope.facts) sources.push('fact');
  if (scope.documents) sources.push('document');
  // Only a real restriction is written: a filter Neo4j cannot skip costs a test on every hit.
  const kinds = scope.entityKinds && new Set(scope.entityKinds).size < ENTITY_KIND_NAMES.length ? scope.entityKinds : null;
  const cypher = `UNWIND $sources AS source
     CALL db.index.fulltext.queryNodes($indexes[source], $query) YIELD node, score
     ${kinds ? "WHERE source <> 'entity' OR node.kind IN $kinds" : ''}`;
  return { cypher, sources, kinds };
}

/** The parameters of the search statements. */
function searchParams(text: SearchText, scope: SearchScope): Params {
  const { sources, kinds } = candidates(scope);
  return { sources, indexes: INDEXES, query: text.lucene, kinds, phrases: text.phrases, words: text.words };
}

/**
 * Each hit's `rank` and `nameLength` (see SearchKeyset). Names and aliases are compared in lower
 * case with the text's phrases. A word counts as present when the hit's indexed text contains it
 * (so a word typed in part counts; a misspelt one does not): a fact with all the words ranks above
 * an entity whose short name shares one of them, however high the index scores that name. Scores
 * of different indexes do not compare, which is why they only order hits of the same rank.
 */
const RANKED = `WITH source, node, score, CASE source
       WHEN 'entity' THEN [toLower(node.name)] + [a IN coalesce(node.aliases, []) | toLower(a)]
       ELSE [] END AS names, toLower(CASE source
       WHEN 'entity' THEN node.name + ' ' + coalesce(node.aliasText, '') + ' ' + coalesce(node.description, '')
       WHEN 'fact' THEN node.statement + ' ' + coalesce(node.valueText, '') + ' ' + coalesce(node.periodLabel, '')
       ELSE node.title + ' ' + coalesce(node.text, '') END) AS indexed
     WITH source, node, score, names, indexed, [n IN names WHERE any(p IN $phrases WHERE n STARTS WITH p) | size(n)] AS begun
     WITH source, node, score, CASE
       WHEN names[0] IN $phrases THEN ${RANK.exactName}
       WHEN any(a IN names[1..] WHERE a IN $phrases) THEN ${RANK.exactAlias}
       WHEN size(begun) > 0 THEN ${RANK.namePrefix}
       ELSE ${RANK.words} + size([w IN $words WHERE NOT indexed CONTAINS w])
       END AS rank, reduce(shortest = 0, n IN begun | CASE WHEN shortest = 0 OR n < shortest THEN n ELSE shortest END) AS nameLength`;

/** After the hit `after`, in ranking order. */
const AFTER = `WHERE rank > $after.rank OR (rank = $after.rank AND (nameLength > $after.nameLength OR (nameLength = $after.nameLength
       AND (score < $after.score OR (score = $after.score AND node.id > $after.id)))))`;

/**
 * One page of hits as a statement to be completed by a RETURN: `source`, `node`, `score`, `rank`
 * and `nameLength` of the best `$limit` hits after `$after` (when `after`), in ranking order.
 * The bench's floor runs it as it is.
 */
export function rankedHits(scope: SearchScope, after: boolean): string {
  // No per-index limit: the merge needs every candidate.
  return `${candidates(scope).cypher}
     ${RANKED}
     ${after ? AFTER : ''}
     WITH source, node, score, rank, nameLength ORDER BY rank, nameLength, score DESC, node.id LIMIT $limit`;
}

/** The parameters of rankedHits for a text with words. */
export const rankedHitsParams = (text: SearchText, scope: SearchScope, page: SearchPage): Params => ({
  ...searchParams(text, scope),
  after: page.after,
  limit: page.limit,
});

/**
 * The best `limit` hits after `after` (from the start when null) over the indexes in scope, in
 * ranking order; entity hits with the projected properties. A text without words finds nothing.
 */
export async function fullTextSearch(
  db: Database,
  text: SearchText,
  scope: SearchScope,
  page: SearchPage,
  projection: EntityProjection,
  opts?: QueryOptions,
): Promise<SearchRow[]> {
  if (text.lucene === null) return [];
  const rows = await db.read(
    `${rankedHits(scope, page.after !== null)}
     RETURN source, rank, nameLength, score, node.id AS id, CASE source WHEN 'entity' THEN ${entityMap('node', projection)} ELSE node {.*} END AS node`,
    rankedHitsParams(text, scope, page),
    opts,
  );
  return rows as unknown as SearchRow[];
}

/** How many hits the search has in all. */
export async function countSearchHits(db: Database, text: SearchText, scope: SearchScope, opts?: QueryOptions): Promise<number> {
  if (text.lucene === null) return 0;
  const [row] = await db.read(`${candidates(scope).cypher} RETURN count(*) AS total`, searchParams(text, scope), opts);
  return Number(row?.total ?? 0);
}
