import { describe, expect, it } from 'vitest';
import { mergePoint, seriesLines } from '../../../src/graphql/analytics/series.js';
import { factRecord } from '../../../src/graphql/records.js';

// The merging rules of series points, on rows as the series statement returns them.

const fact = (id: string, value: number, start: string, end: string, unit = 'yuan', currency: string | null = 'CNY') => ({
  id,
  kind: 'statistic',
  statement: `${id}.`,
  value,
  unit,
  ...(currency && { currency }),
  periodStart: start,
  periodEnd: end,
});
const dated = (row: ReturnType<typeof fact>, publishedOn: string | null) => ({ fact: factRecord(row), publishedOn });

describe('mergePoint', () => {
  it('takes the value of the most recently published document and flags the disagreement', () => {
    const point = mergePoint([
      dated(fact('fact:b', 1, '2023-01-01', '2023-06-30'), '2023'),
      dated(fact('fact:a', 2, '2023-01-01', '2023-06-30'), '2024-11-28'),
      dated(fact('fact:c', 3, '2023-01-01', '2023-06-30'), null),
    ]);
    expect(point).toMatchObject({ value: 2, conflicting: true, period: { start: '2023-01-01', end: '2023-06-30' } });
    expect(point.facts.map((f) => f.id)).toEqual(['fact:a', 'fact:b', 'fact:c']);
  });

  it('breaks a tie of dates by the smallest fact id, and is not conflicting when the values agree', () => {
    expect(
      mergePoint([
        dated(fact('fact:z', 5, '2024-01-01', '2024-12-31'), '2024'),
        dated(fact('fact:y', 6, '2024-01-01', '2024-12-31'), '2024'),
      ]).value,
    ).toBe(6);
    const agreeing = mergePoint([
      dated(fact('fact:z', 5, '2024-01-01', '2024-12-31'), '2024'),
      dated(fact('fact:y', 5, '2024-01-01', '2024-12-31'), '2020'),
    ]);
    expect(agreeing).toMatchObject({ value: 5, conflicting: false });
  });
});

describe('seriesLines', () => {
  it('draws a line per unit and currency, never mixing them, with points by period start then end', () => {
    const subject = { id: 'place:x', kind: 'Place', name: 'X' };
    const lines = seriesLines([
      {
        subject,
        facts: [
          { fact: fact('fact:1', 10, '2023-01-01', '2023-10-31'), publishedOn: '2024' },
          { fact: fact('fact:2', 20, '2023-01-01', '2023-06-30'), publishedOn: '2024' },
          { fact: fact('fact:3', 30, '2023-01-01', '2023-06-30', 'yuan', 'USD'), publishedOn: '2024' },
          { fact: fact('fact:4', 40, '2022-01-01', '2022-12-31', 'percent', null), publishedOn: '2024' },
        ],
      },
    ]);
    expect(lines.map((l) => [l.unit, l.currency, l.points.map((p) => p.value)])).toEqual([
      ['percent', null, [40]],
      ['yuan', 'CNY', [20, 10]],
      ['yuan', 'USD', [30]],
    ]);
    expect(lines.every((l) => l.subject.id === 'place:x')).toBe(true);
  });
});
