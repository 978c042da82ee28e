import { describe, expect, it } from 'vitest';
import { MAX_EXPANDED_WORDS, readSearchText, searchWords, typoEdits } from '../../src/data/search-text.js';

// What a typed text becomes: its words, the phrases names are compared with, and a Lucene query
// whose only syntax is our own. test/graphql/search.test.ts runs the queries against the indexes.

const SPECIAL = '+-&|!(){}[]^"~*?:\\/';

/** The query with every escaped character removed, as its clauses: `(escaped text) OR (prefixes) OR (typos)`. */
function clauses(lucene: string | null): string[] {
  expect(lucene).not.toBeNull();
  const bare = lucene!.replace(/\\[\s\S]/g, '');
  const parts = bare.split(' OR ');
  for (const p of parts) expect(p).toMatch(/^\(.*\)$/s);
  return parts.map((p) => p.slice(1, -1));
}

describe('searchWords', () => {
  it('lower-cases runs of letters and digits, splitting at punctuation, and takes each Chinese character alone, once', () => {
    expect(searchWords('Live-Streaming E-commerce, 2023: GMV 2.2万亿 广州直播 live')).toEqual([
      'live',
      'streaming',
      'e',
      'commerce',
      '2023',
      'gmv',
      '2',
      '万',
      '亿',
      '广',
      '州',
      '直',
      '播',
    ]);
  });

  it('finds no words in punctuation and Lucene syntax', () => {
    expect(searchWords(`${SPECIAL} `)).toEqual([]);
  });
});

describe('readSearchText: the Lucene query', () => {
  it('matches the words as typed, every word they begin, and near spellings of the longer ones', () => {
    expect(readSearchText('Hang').lucene).toBe('(Hang) OR (hang*)');
    expect(readSearchText('Guangzhuo live').lucene).toBe('(Guangzhuo live) OR (guangzhuo* live*) OR (guangzhuo~2)');
    expect(readSearchText('Kuaishou').lucene).toBe('(Kuaishou) OR (kuaishou*) OR (kuaishou~2)');
    expect(readSearchText('Douyin').lucene).toBe('(Douyin) OR (douyin*) OR (douyin~1)');
  });

  it('allows no typo in short words or numbers, and begins no word from a single letter or a Chinese character', () => {
    expect([typoEdits('live'), typoEdits('taobao'), typoEdits('shanghai'), typoEdits('20235'), typoEdits('abc12')]).toEqual([
      0, 1, 2, 0, 0,
    ]);
    expect(readSearchText('e 2023 广州').lucene).toBe('(e 2023 广州) OR (2023*)');
  });

  it('drops possessives, so that "Wenzhou\'s" looks for Wenzhou', () => {
    for (const text of ["Wenzhou's", 'Wenzhou’s', "WENZHOU'S"]) {
      const t = readSearchText(text);
      expect(t.words).toEqual(['wenzhou']);
      expect(t.phrases).toContain('wenzhou');
    }
    // Not inside a word, nor a lone 's.
    expect(readSearchText("it'sy 's").words).toEqual(['it', 'sy', 's']);
  });

  it('compares names with the text as typed, without possessives, and as its words alone', () => {
    expect(readSearchText("  Sister   Mi's ").phrases).toEqual(["sister mi's", 'sister mi']);
    expect(readSearchText('Guang*').phrases).toEqual(['guang*', 'guang']);
  });

  it("expands only the first words, so that a long text stays within Lucene's clause limit", () => {
    const text = Array.from({ length: 30 }, (_, i) => `word${String.fromCharCode(97 + (i % 26))}${'x'.repeat(i % 5)}`).join(' ');
    const [, prefixes, typos] = clauses(readSearchText(text).lucene);
    expect(prefixes!.split(' ')).toHaveLength(MAX_EXPANDED_WORDS);
    expect(typos!.split(' ').length).toBeLessThanOrEqual(MAX_EXPANDED_WORDS);
  });

  it.each([...SPECIAL])('escapes %s with a backslash', (ch) => {
    expect(readSearchText(`a${ch}b`).lucene).toBe(`(a\\${ch}b)`);
  });

  it('writes AND, OR and NOT as plain words, lower-cased, but leaves words that contain them alone', () => {
    expect(clauses(readSearchText('ANDROID AND NOTION OR NOT ORDER').lucene)[0]).toBe('ANDROID and NOTION or not ORDER');
  });

  it.each([
    'title:"live" AND (guangzhou OR',
    'name:(x)^4 OR *',
    '"unbalanced \\',
    '{!lucene} a && b || !c',
    'a~0.8 b^10 [1 TO 5] /re.*x/',
    'Guangzhou~ Guang* "live"~3',
    '直播电商 AND 广州 -淘宝',
  ])('leaves no Lucene syntax but its own in %j', (text) => {
    const [escaped, ...expansions] = clauses(readSearchText(text).lucene);
    expect(escaped).not.toMatch(/[+\-&|!(){}[\]^"~*?:\\/]/);
    expect(escaped).not.toMatch(/\b(AND|OR|NOT)\b/);
    // Expansions are words of letters and digits, each with our own * or ~N.
    for (const clause of expansions) for (const term of clause!.split(' ')) expect(term).toMatch(/^[\p{L}\p{N}]+(\*|~[12])$/u);
  });

  it('keeps every character of the text, escaped or not', () => {
    const text = `${SPECIAL} plain 直播 AND`;
    const lucene = readSearchText(text).lucene!;
    const inner = lucene.slice(1, lucene.indexOf(') OR ('));
    expect(inner.replace(/\\([\s\S])/g, '$1')).toBe(`${SPECIAL} plain 直播 and`);
  });

  it('has no query for a text without a letter or digit', () => {
    for (const text of ['', '   ', SPECIAL, '...']) expect(readSearchText(text).lucene, text).toBeNull();
  });
});
