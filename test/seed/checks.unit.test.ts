import { describe, expect, it } from 'vitest';
import { entityProblems, evidenceProblems, wellFormedParts } from '../../src/seed/checks.js';
import { Entity, Fact } from '../../src/seed/format.js';

const TEXT = 'Yiwu hosted 300 anchors.';
const known = { documentText: (id: string) => (id === 'doc:a' ? TEXT : undefined) };

describe('evidenceProblems', () => {
  it('accepts a quote at its offsets, up to the last character', () => {
    expect(evidenceProblems(known, 'evidence', [{ document: 'doc:a', quote: 'anchors.', start: 16, end: 24 }])).toEqual([]);
  });

  it('refuses an end past the text, though slicing there gives the quote', () => {
    expect(TEXT.slice(16, 99)).toBe('anchors.');
    expect(evidenceProblems(known, 'evidence', [{ document: 'doc:a', quote: 'anchors.', start: 16, end: 99 }])).toEqual([
      { path: ['evidence', 0], problem: 'evidence[0]: end 99 is past the end of doc:a, which is 24 characters long' },
    ]);
  });

  it('keeps the index of each quote when some are missing', () => {
    const list = [undefined, { document: 'doc:b', quote: 'x', start: 0, end: 1 }];
    expect(evidenceProblems(known, 'mentions', list)).toEqual([{ path: ['mentions', 1], problem: 'mentions[1]: unknown document doc:b' }]);
  });
});

describe('wellFormedParts', () => {
  it('leaves out the fields and list elements with a format problem, keeping the rest where they were', () => {
    const input = {
      id: 'fact:a',
      kind: 'nonsense',
      statement: 'Yiwu hosted 300 anchors.',
      subjects: [{ entity: 'place:yiwu', role: 'subject' }],
      evidence: [
        { document: 'doc:a', quote: 'x', start: 5, end: 2 },
        { document: 'doc:a', quote: 'Yiwu', start: 0, end: 4 },
      ],
      surplus: true,
    };
    const parsed = Fact.safeParse(input);
    expect(parsed.success).toBe(false);
    const parts = wellFormedParts(input, parsed.error!);
    expect(parts).not.toHaveProperty('kind');
    expect(parts).not.toHaveProperty('surplus');
    expect(parts.id).toBe('fact:a');
    expect(parts.subjects).toEqual(input.subjects);
    expect(0 in (parts.evidence as unknown[])).toBe(false);
    expect((parts.evidence as unknown[])[1]).toEqual(input.evidence[1]);
    // The input itself is left as it was.
    expect(input.evidence).toHaveLength(2);
    expect(input).toHaveProperty('kind');
  });

  it('has nothing to offer for an input that is not an object', () => {
    const parsed = Fact.safeParse([1]);
    expect(wellFormedParts([1], parsed.error!)).toEqual({});
  });
});

describe('names in other languages', () => {
  const entity = (names: unknown) => ({
    id: 'place:guangzhou',
    type: 'Place',
    name: 'Guangzhou',
    names,
    mentions: [{ document: 'doc:a', quote: 'Yiwu', start: 0, end: 4 }],
  });
  const problems = (names: unknown) => {
    const parsed = Entity.safeParse(entity(names));
    return parsed.success
      ? entityProblems(parsed.data).map((p) => p.problem)
      : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('accepts a Chinese name a curator supplies, language-tagged', () => {
    expect(problems([{ value: '广州', lang: 'zh', origin: 'curator' }])).toEqual([]);
    expect(problems([{ value: '廣州', lang: 'zh-Hant' }])).toEqual([expect.stringContaining('names.0.origin')]);
  });

  it('refuses a name not marked as a curator’s, a bad language tag, a zh name in Latin letters and a repeated name', () => {
    expect(problems([{ value: '广州', lang: 'zh', origin: 'seed' }])).toEqual([
      expect.stringMatching(/^names\.0\.origin: must be curator/),
    ]);
    expect(problems([{ value: '广州', lang: 'Chinese', origin: 'curator' }])).toEqual([
      expect.stringMatching(/^names\.0\.lang: must be a BCP 47/),
    ]);
    expect(problems([{ value: 'Guangzhou', lang: 'zh', origin: 'curator' }])).toEqual([
      'names[0].value: a zh name must be written in Chinese characters',
    ]);
    const twice = { value: '广州', lang: 'zh', origin: 'curator' };
    expect(problems([twice, twice])).toEqual(['names[1]: 广州 (zh) is listed twice']);
  });
});
