import { RANK, type SearchRow, type SearchSource } from '../../data/search.js';
import { expandsToPrefix, typoEdits, wordsIn, type SearchText } from '../../data/search-text.js';
import type { Row } from '../../db/neo4j.js';
import type { SearchMatch } from '../generated/resolvers.js';
import { allowListed, ENTITY_KIND_NAMES } from '../../model/vocabulary.js';
import { documentRecord, entityRecord, factRecord } from '../records.js';
import type { SearchHitShape, SearchResultShape } from '../shapes.js';

// A full-text hit as the client sees it: the record, how and in which field it matched, and a
// snippet. The index says only that something matched; the rest is found here, with the rules
// the Lucene query was built with (src/data/search-text.ts).

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

/** How well a word of the hit matches a word of the text: the whole word, a word it begins, a near spelling, or not. */
const enum Strength {
  None = 0,
  Typo = 1,
  Prefix = 2,
  Whole = 3,
}

const BY_STRENGTH: Record<Strength, SearchMatch> = {
  // Nothing seen here: the analyzer matched what our word rule splits otherwise.
  [Strength.None]: 'FULL_TEXT',
  [Strength.Typo]: 'FUZZY',
  [Strength.Prefix]: 'WORD_PREFIX',
  [Strength.Whole]: 'FULL_TEXT',
};

/** Whether `a` and `b` are at most `max` edits apart (insertions, deletions, substitutions, swaps of neighbours: Lucene's fuzzy distance). */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current.push(d);
    }
    [before, previous] = [previous, current];
  }
  return previous[b.length]! <= max;
}

/** How one word of the hit matches the text's words (the strongest way). */
function strengthOf(word: string, text: SearchText, query: string): Strength {
  if (word === query) return Strength.Whole;
  if (!text.expanded.includes(query)) return Strength.None;
  if (expandsToPrefix(query) && word.startsWith(query)) return Strength.Prefix;
  const edits = typoEdits(query);
  return edits > 0 && withinEdits(word, query, edits) ? Strength.Typo : Strength.None;
}

interface FieldMatch {
  /** The sum over the text's words of how well each is matched. */
  score: number;
  best: Strength;
  /** Where the first word of the best strength stands, or -1. */
  at: number;
}

/** How a field's value matches the text. */
function matchField(value: string, text: SearchText): FieldMatch {
  const bestOf = new Map(text.words.map((w) => [w, Strength.None]));
  const seen = new Map<string, Strength>();
  let best = Strength.None;
  let at = -1;
  for (const m of wordsIn(value)) {
    const word = m[0].toLowerCase();
    let strength = seen.get(word);
    if (strength === undefined) {
      strength = Strength.None;
      for (const query of text.words) {
        const s = strengthOf(word, text, query);
        if (s > bestOf.get(query)!) bestOf.set(query, s);
        if (s > strength) strength = s;
      }
      seen.set(word, strength);
    }
    if (strength > best) [best, at] = [strength, m.index];
  }
  return { score: [...bestOf.values()].reduce((a: number, b) => a + b, 0), best, at };
}

const flatten = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The field matching the text best (the first field with a value when none does), with its value and match. */
function bestField(source: SearchSource, node: Row, text: SearchText): { field: string; value: string; match: FieldMatch } {
  let found: { field: string; value: string; match: FieldMatch } | undefined;
  for (const [field, property] of FIELDS[source]) {
    const stored = node[property];
    const value = typeof stored === 'string' ? flatten(stored) : '';
    if (value.length === 0) continue;
    const match = matchField(value, text);
    if (!found || match.score > found.match.score) found = { field, value, match };
  }
  return found ?? { field: FIELDS[source][0][0], value: '', match: { score: 0, best: Strength.None, at: -1 } };
}

/** About SNIPPET_LENGTH characters of flattened `text` around position `at` (the start when -1), cut at spaces, … marking the cut ends. */
function snippet(flat: string, at: number): string {
  if (flat.length <= SNIPPET_LENGTH) return flat;
  const pos = Math.max(0, at);
  let start = Math.max(0, Math.min(pos - LEAD, flat.length - SNIPPET_LENGTH));
  const space = flat.indexOf(' ', start);
  if (start > 0 && space >= 0 && space < pos) start = space + 1;
  let end = Math.min(flat.length, start + SNIPPET_LENGTH);
  const lastSpace = flat.lastIndexOf(' ', end);
  if (end < flat.length && lastSpace > pos) end = lastSpace;
  return `${start > 0 ? '…' : ''}${flat.slice(start, end).trim()}${end < flat.length ? '…' : ''}`;
}

function node(row: SearchRow): SearchResultShape {
  if (row.source === 'fact') return { ...factRecord(row.node), __typename: 'Fact' };
  if (row.source === 'document') return { ...documentRecord(row.node), __typename: 'Document' };
  const entity = entityRecord(row.node);
  return { ...entity, __typename: allowListed(entity.label, ENTITY_KIND_NAMES) };
}

/** The field a hit ranked by its name or an alias matched in: the name when it is or begins with the text, else the aliases. */
function nameMatch(row: SearchRow, text: SearchText): { field: 'name' | 'aliases'; matchedBy: SearchMatch } {
  if (row.rank === RANK.exactName) return { field: 'name', matchedBy: 'EXACT_NAME' };
  if (row.rank === RANK.exactAlias) return { field: 'aliases', matchedBy: 'EXACT_ALIAS' };
  const name = String(row.node.name).toLowerCase();
  return { field: text.phrases.some((p) => name.startsWith(p)) ? 'name' : 'aliases', matchedBy: 'NAME_PREFIX' };
}

/** A search row as a hit for the text. */
export function searchHit(row: SearchRow, text: SearchText): SearchHitShape {
  const shown = { score: row.score, node: node(row) };
  if (row.rank < RANK.words) {
    const { field, matchedBy } = nameMatch(row, text);
    const value = flatten(String(row.node[field === 'name' ? 'name' : 'aliasText'] ?? ''));
    return { ...shown, field, matchedBy, snippet: snippet(value, matchField(value, text).at) };
  }
  const { field, value, match } = bestField(row.source, row.node, text);
  return { ...shown, field, matchedBy: BY_STRENGTH[match.best], snippet: snippet(value, match.at) };
}
