import type { SearchRow, SearchSource } from '../../data/search.js';
import type { Row } from '../../db/neo4j.js';
import { allowListed, ENTITY_KIND_NAMES } from '../../model/vocabulary.js';
import { documentRecord, entityRecord, factRecord } from '../records.js';
import type { SearchHitShape, SearchResultShape } from '../shapes.js';

// A full-text hit as the client sees it: the record, which field matched best, and a snippet.
// The index says only that something matched; the field and the snippet are found here.

type IndexedField = [field: string, property: string];
/** The indexed properties of each kind of hit as [field name shown, stored property], a tie going to the first (there is one at least). */
const FIELDS: Record<SearchSource, [IndexedField, ...IndexedField[]]> = {
  entity: [
    ['name', 'name'],
    ['aliases', 'aliasText'],
    ['description', 'description'],
  ],
  fact: [
    ['statement', 'statement'],
    ['valueText', 'valueText'],
    ['periodLabel', 'periodLabel'],
  ],
  document: [
    ['title', 'title'],
    ['text', 'text'],
  ],
};

const SNIPPET_LENGTH = 160;
/** How much text a snippet keeps before the first match. */
const LEAD = 50;

// Words as the index's standard analyzer sees them, near enough: runs of letters and digits,
// each Chinese character on its own.
const WORD = /\p{Script=Han}|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;

/** The lower-cased words of a text. */
export function searchWords(text: string): Set<string> {
  return new Set(Array.from(text.matchAll(WORD), (m) => m[0].toLowerCase()));
}

/** Where the first of `words` stands in `text`, or -1. */
function firstMatch(text: string, words: Set<string>): number {
  for (const m of text.matchAll(WORD)) if (words.has(m[0].toLowerCase())) return m.index;
  return -1;
}

/** The field holding most of the query's words (the first field with a value when none does). */
function bestField(source: SearchSource, node: Row, words: Set<string>): { field: string; text: string } {
  let best: { field: string; text: string; matched: number } | undefined;
  for (const [field, property] of FIELDS[source]) {
    const value = node[property];
    if (typeof value !== 'string' || value.length === 0) continue;
    const matched = [...searchWords(value)].filter((w) => words.has(w)).length;
    if (!best || matched > best.matched) best = { field, text: value, matched };
  }
  return best ?? { field: FIELDS[source][0][0], text: '' };
}

/** About SNIPPET_LENGTH characters of `text` around its first match, cut at spaces, … marking the cut ends. */
function snippet(text: string, words: Set<string>): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= SNIPPET_LENGTH) return flat;
  const at = Math.max(0, firstMatch(flat, words));
  let start = Math.max(0, Math.min(at - LEAD, flat.length - SNIPPET_LENGTH));
  const space = flat.indexOf(' ', start);
  if (start > 0 && space >= 0 && space < at) start = space + 1;
  let end = Math.min(flat.length, start + SNIPPET_LENGTH);
  const lastSpace = flat.lastIndexOf(' ', end);
  if (end < flat.length && lastSpace > at) end = lastSpace;
  return `${start > 0 ? '…' : ''}${flat.slice(start, end).trim()}${end < flat.length ? '…' : ''}`;
}

function node(row: SearchRow): SearchResultShape {
  if (row.source === 'fact') return { ...factRecord(row.node), __typename: 'Fact' };
  if (row.source === 'document') return { ...documentRecord(row.node), __typename: 'Document' };
  const entity = entityRecord(row.node);
  return { ...entity, __typename: allowListed(entity.label, ENTITY_KIND_NAMES) };
}

/** A search row as a hit for the query's words. */
export function searchHit(row: SearchRow, words: Set<string>): SearchHitShape {
  const { field, text } = bestField(row.source, row.node, words);
  return { score: row.score, field, snippet: snippet(text, words), node: node(row) };
}
