import { describe, expect, it } from 'vitest';
import { searchHit, searchWords } from '../../../src/graphql/resolvers/search-hits.js';

// A full-text hit as the client sees it: which field matched, and a snippet around the match.

describe('searchWords', () => {
  it('lower-cases runs of letters and digits, splitting at punctuation, and takes each Chinese character alone', () => {
    expect([...searchWords('Live-Streaming E-commerce, 2023: GMV 2.2万亿 广州直播')]).toEqual([
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
    expect(searchWords('+-&|!(){}[]^"~*?:\\/ ').size).toBe(0);
  });
});

describe('snippets', () => {
  const words = searchWords('Yiwu');
  /** The snippet of a document hit whose only text is `text`. */
  const snippet = (text: string) =>
    searchHit({ source: 'document', score: 1, node: { id: 'doc:a', title: '', text, language: 'en', sha256: 'x' } }, words).snippet;

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
    aliasText: 'Yiwu City Yiwu International Trade City',
    description: 'A county-level city in Zhejiang.',
  };

  it('names the field holding most of the words, a tie going to the earlier field', () => {
    expect(searchHit({ source: 'entity', score: 3, node: entity }, searchWords('Yiwu international trade'))).toMatchObject({
      field: 'aliases',
      score: 3,
    });
    expect(searchHit({ source: 'entity', score: 3, node: entity }, searchWords('Yiwu'))).toMatchObject({ field: 'name', snippet: 'Yiwu' });
    expect(searchHit({ source: 'entity', score: 3, node: entity }, searchWords('Zhejiang'))).toMatchObject({ field: 'description' });
  });

  it('answers the record of its kind', () => {
    expect(searchHit({ source: 'entity', score: 1, node: entity }, searchWords('Yiwu')).node).toMatchObject({
      __typename: 'Place',
      id: 'place:yiwu',
    });
    const fact = { id: 'fact:a', kind: 'statistic', statement: 'Sales rose.', valueText: '58.9%' };
    expect(searchHit({ source: 'fact', score: 1, node: fact }, searchWords('58.9')).node).toMatchObject({
      __typename: 'Fact',
      id: 'fact:a',
    });
    const doc = { id: 'doc:a', title: 'Live commerce in Yiwu', text: 'Long text.', language: 'en', sha256: 'x' };
    expect(searchHit({ source: 'document', score: 1, node: doc }, searchWords('text'))).toMatchObject({
      field: 'text',
      node: { __typename: 'Document', id: 'doc:a' },
    });
  });

  it('falls back to the first field with a value when no word matches, and to an empty snippet when there is none', () => {
    expect(
      searchHit(
        { source: 'fact', score: 1, node: { id: 'fact:a', kind: 'statistic', statement: '', valueText: '12', periodLabel: '' } },
        searchWords('zzz'),
      ),
    ).toMatchObject({ field: 'valueText', snippet: '12' });
    expect(
      searchHit({ source: 'document', score: 1, node: { id: 'doc:a', title: '', language: 'en', sha256: 'x' } }, searchWords('zzz')),
    ).toMatchObject({ field: 'title', snippet: '' });
  });
});
