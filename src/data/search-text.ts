// What a person typed into a search box, as the search reads it: the words, the phrases that names
// and aliases are compared with, and the Lucene query for the full-text indexes. Only our own
// syntax reaches Lucene: the text itself is escaped, and the prefix (`word*`) and typo (`word~1`)
// clauses are built from words made of letters and digits alone.

// Words as the indexes' standard analyzer sees them, near enough: runs of letters and digits,
// each Chinese character on its own.
const WORD = /\p{Script=Han}|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;
// "Wenzhou's" is one token to the analyzer, which would miss "Wenzhou": the search drops the 's.
const POSSESSIVE = /(?<=[\p{L}\p{N}])['’]s(?![\p{L}\p{N}])/giu;
// Characters the Lucene query parser gives a meaning to, and its upper-case operator words.
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const LUCENE_OPERATORS = /\b(AND|OR|NOT)\b/g;

/** Words shorter than this are not expanded to every word they begin (a single letter begins most). */
export const MIN_PREFIX = 2;
/** Only the first words typed are expanded: each typo clause may grow to 50 terms, and Lucene allows 1,024 in a query. */
export const MAX_EXPANDED_WORDS = 8;

/** The words of a text as they stand, with their positions. */
export const wordsIn = (text: string): IterableIterator<RegExpExecArray> => text.matchAll(WORD);

/** The distinct lower-cased words of a text, in order. */
export function searchWords(text: string): string[] {
  return [...new Set(Array.from(wordsIn(text), (m) => m[0].toLowerCase()))];
}

/**
 * How many typing errors (Damerau edits) a word may carry and still match: none below 5 letters
 * ("live" would match "five", "give", "line"), 1 up to 7, 2 from 8 ("Guangzhuo" for "Guangzhou").
 * Words with digits are never near another: 2022 is not a typo of 2023.
 */
export function typoEdits(word: string): 0 | 1 | 2 {
  if (!/^\p{L}+$/u.test(word) || word.length < 5) return 0;
  return word.length < 8 ? 1 : 2;
}

/** Whether a word is matched by the words it begins as well as itself. */
export const expandsToPrefix = (word: string): boolean => word.length >= MIN_PREFIX && !/\p{Script=Han}/u.test(word);

export interface SearchText {
  /**
   * What an exact name or alias equals, lower-cased with white space collapsed: the text as typed,
   * without its possessives, and its words alone ("Guang*" begins "Guangzhou").
   */
  phrases: string[];
  /** Its distinct words, lower-cased. */
  words: string[];
  /** The words expanded by prefix and typo clauses (the first MAX_EXPANDED_WORDS). */
  expanded: string[];
  /** The Lucene query, or null when the text has no word to look for. */
  lucene: string | null;
}

/**
 * The text as a search. Its Lucene query matches any of the words as the analyzer reads them
 * (special characters escaped, operator words lower-cased, so no input fails to parse), any word
 * beginning with one of the first words, and any word within `typoEdits` of one.
 */
export function readSearchText(text: string): SearchText {
  const plain = text.replace(POSSESSIVE, '');
  const words = searchWords(plain);
  const expanded = words.slice(0, MAX_EXPANDED_WORDS);
  if (words.length === 0) return { phrases: [], words, expanded, lucene: null };
  const escaped = plain.replace(LUCENE_SPECIAL, '\\$&').replace(LUCENE_OPERATORS, (op) => op.toLowerCase());
  const prefixes = expanded.filter(expandsToPrefix).map((w) => `${w}*`);
  const typos = expanded.filter((w) => typoEdits(w) > 0).map((w) => `${w}~${typoEdits(w)}`);
  const clauses = [escaped, prefixes.join(' '), typos.join(' ')].filter((c) => c.length > 0);
  return {
    phrases: [...new Set([text, plain, words.join(' ')].map((t) => t.toLowerCase().replace(/\s+/g, ' ').trim()))],
    words,
    expanded,
    lucene: clauses.map((c) => `(${c})`).join(' OR '),
  };
}
