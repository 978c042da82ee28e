import { describe, expect, it } from 'vitest';
import type { SearchRow } from '../../../src/data/search.js';
import { readSearchText } from '../../../src/data/search-text.js';
import { searchHit, withinEdits } from '../../../src/graphql/resolvers/search-hits.js';

// A full-text hit as the client sees it: how and in which field it matched, and a snippet around the match.

/** A row of `source` ranked by its words (rank 3 and on), or as given. */
const row = (source: SearchRow['source'], node: SearchRow['node'], rank = 3): SearchRow => ({
  source,
  node,
  rank,
  nameLength: 0,
  score: 1,
  id: String(node.id),
});

describe('snippets', () => {
  /** The snippet of a document hit whose only text is `text`. */
  const snippet = (text: string, query = 'Yiwu') =>
    searchHit(row('document', { id: 'doc:a', title: '', text, language: 'en', sha256: 'x' }), readSearchText(query)).snippet;

  it('give a short text whole, with its white space flattened', () => {
    expect(snippet('  The Yiwu\n\tmarket  ')).toBe('The Yiwu market');
  });

  it('cut a long text around the first match at spaces, marking the cut ends', () => {
    const s = snippet(`${'before '.repeat(40)}the Yiwu market ${'after '.repeat(40)}`);
    expect(s.startsWith('…before')).toBe(true);
    expect(s.endsWith('after…')).toBe(true);
    expect(s).toContain('the Yiwu market');
    expect(s.length).toBeLessThanOrEqual(160 + 2);
    // Cut at spaces: no word is split.
    expect(
      s
        .slice(1, -1)
        .split(' ')
        .every((w) => ['before', 'after', 'the', 'Yiwu', 'market'].includes(w)),
    ).toBe(true);
  });

  it('centre on the strongest match: a whole word before a word begun, a word begun before a typo', () => {
    const text = `Yiwu Yiwuu ${'word '.repeat(40)}Yiwuer ${'word '.repeat(40)}yiwu ${'word '.repeat(40)}`;
    expect(snippet(text, 'yiwu')).toMatch(/^Yiwu Yiwuu/);
    expect(snippet(`${'word '.repeat(40)}Yiwuu ${'word '.repeat(40)}Yiwuer ${'word '.repeat(40)}`, 'Yiwue')).toMatch(/word Yiwuer word/);
  });

  it('start at the beginning when the match is near it, and when nothing matches', () => {
    expect(snippet(`Yiwu ${'word '.repeat(60)}`).startsWith('Yiwu word')).toBe(true);
    expect(snippet('word '.repeat(60)).startsWith('word word')).toBe(true);
  });
});

describe('searchHit', () => {
  const entity = {
    id: 'place:yiwu',
    kind: 'Place',
    name: 'Yiwu',
    aliases: ['Yiwu City', 'Yiwu International Trade City'],
    aliasText: 'Yiwu City | Yiwu International Trade City',
    description: 'A county-level city in Zhejiang, home of Yiwuhui markets.',
  };
  const hit = (text: string, rank = 3) => searchHit(row('entity', entity, rank), readSearchText(text));

  it('says a hit ranked by its name matched it exactly, by an alias, or by beginning', () => {
    expect(hit('yiwu', 0)).toMatchObject({ field: 'name', matchedBy: 'EXACT_NAME', snippet: 'Yiwu' });
    expect(hit('Yiwu City', 1)).toMatchObject({ field: 'aliases', matchedBy: 'EXACT_ALIAS', snippet: entity.aliasText });
    expect(hit('Yiw', 2)).toMatchObject({ field: 'name', matchedBy: 'NAME_PREFIX' });
    expect(hit('Yiwu Intern', 2)).toMatchObject({ field: 'aliases', matchedBy: 'NAME_PREFIX' });
  });

  it('says how the other hits matched: whole words, words begun, or near spellings', () => {
    expect(hit('Zhejiang')).toMatchObject({ field: 'description', matchedBy: 'FULL_TEXT' });
    expect(hit('Zheji')).toMatchObject({ field: 'description', matchedBy: 'WORD_PREFIX' });
    expect(hit('Zhejaing')).toMatchObject({ field: 'description', matchedBy: 'FUZZY' });
    // A whole word anywhere outranks a word begun: "markets" begins with "market", "Zhejiang" is whole.
    expect(hit('Zhejiang market')).toMatchObject({ field: 'description', matchedBy: 'FULL_TEXT' });
  });

  it('names the field holding most of the words, a tie going to the earlier field', () => {
    expect(hit('Yiwu international trade')).toMatchObject({ field: 'aliases', score: 1 });
    expect(hit('Yiwu')).toMatchObject({ field: 'name', snippet: 'Yiwu' });
    // A whole word counts more than a word begun, two words begun more than one whole: "Yiwuhui" begins with both.
    expect(hit('Yiwu Yiwuhu')).toMatchObject({ field: 'description', matchedBy: 'WORD_PREFIX' });
    expect(hit('Yiwu Zhejiang')).toMatchObject({ field: 'description', matchedBy: 'FULL_TEXT' });
  });

  it('answers the record of its kind, naming the field of facts and documents', () => {
    expect(hit('Yiwu').node).toMatchObject({ __typename: 'Place', id: 'place:yiwu' });
    const fact = { id: 'fact:a', kind: 'statistic', statement: 'Sales rose.', valueText: '58.9%', periodLabel: 'January to October 2023' };
    expect(searchHit(row('fact', fact), readSearchText('58.9'))).toMatchObject({
      field: 'valueText',
      node: { __typename: 'Fact', id: 'fact:a' },
    });
    expect(searchHit(row('fact', fact), readSearchText('sales'))).toMatchObject({ field: 'statement' });
    expect(searchHit(row('fact', fact), readSearchText('Octob'))).toMatchObject({ field: 'periodLabel', matchedBy: 'WORD_PREFIX' });
    const doc = { id: 'doc:a', title: 'Live commerce in Yiwu', text: 'Long text.', language: 'en', sha256: 'x' };
    expect(searchHit(row('document', doc), readSearchText('text'))).toMatchObject({
      field: 'text',
      node: { __typename: 'Document', id: 'doc:a' },
    });
    expect(searchHit(row('document', doc), readSearchText('commerce yiwu'))).toMatchObject({ field: 'title' });
  });

  it('falls back to the first field with a value when no word matches, and to an empty snippet when there is none', () => {
    expect(
      searchHit(row('fact', { id: 'fact:a', kind: 'statistic', statement: '', valueText: '12', periodLabel: '' }), readSearchText('zzz')),
    ).toMatchObject({ field: 'valueText', snippet: '12', matchedBy: 'FULL_TEXT' });
    expect(searchHit(row('document', { id: 'doc:a', title: '', language: 'en', sha256: 'x' }), readSearchText('zzz'))).toMatchObject({
      field: 'title',
      snippet: '',
    });
  });
});

describe('withinEdits', () => {
  it('counts insertions, deletions, substitutions and swaps of neighbours as one edit each', () => {
    expect(withinEdits('guangzhou', 'guangzhuo', 1)).toBe(true);
    expect(withinEdits('guangzhou', 'guangzhu', 1)).toBe(true);
    expect(withinEdits('guangzhou', 'guangzhoux', 1)).toBe(true);
    expect(withinEdits('guangzhou', 'guangxhou', 1)).toBe(true);
    expect(withinEdits('guangzhou', 'gaungzhuo', 1)).toBe(false);
    expect(withinEdits('guangzhou', 'gaungzhuo', 2)).toBe(true);
    expect(withinEdits('hangzhou', 'guangzhou', 1)).toBe(false);
  });
});
