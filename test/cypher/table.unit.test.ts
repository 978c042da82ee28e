import { describe, expect, it } from 'vitest';
import { formatCell, MAX_CELL_WIDTH, renderTable } from '../../src/cypher/table.js';

describe('formatCell', () => {
  it.each([
    [null, ''],
    [undefined, ''],
    ['Guangzhou', 'Guangzhou'],
    [42, '42'],
    [2.5, '2.5'],
    [true, 'true'],
    [['Guangzhou', 'Shenzhen'], '["Guangzhou","Shenzhen"]'],
    [{ role: 'director', n: 1 }, '{"role":"director","n":1}'],
    ['two\nlines\t and  tabs', 'two lines and tabs'],
  ])('%j as %j', (value, text) => {
    expect(formatCell(value)).toBe(text);
  });

  it(`cuts cells longer than ${MAX_CELL_WIDTH} characters with an ellipsis`, () => {
    const long = 'x'.repeat(100);
    expect(formatCell(long)).toBe(`${'x'.repeat(MAX_CELL_WIDTH - 1)}…`);
    expect([...formatCell(long)]).toHaveLength(MAX_CELL_WIDTH);
    expect(formatCell('x'.repeat(MAX_CELL_WIDTH))).toBe('x'.repeat(MAX_CELL_WIDTH));
    expect(formatCell('abcdef', 4)).toBe('abc…');
  });

  it('never splits a character outside the Basic Multilingual Plane', () => {
    expect(formatCell('😀😀😀😀', 3)).toBe('😀😀…');
  });
});

describe('renderTable', () => {
  it('aligns columns, right-aligns numbers and ends with the row count', () => {
    const rows = [
      { id: 'place:guangzhou', degree: 10, kinds: ['Place'] },
      { id: 'place:china', degree: 8, kinds: null },
    ];
    expect(renderTable(rows)).toBe(
      [
        'id              | degree | kinds',
        '----------------+--------+----------',
        'place:guangzhou |     10 | ["Place"]',
        'place:china     |      8 |',
        '',
        '(2 rows)',
      ].join('\n'),
    );
  });

  it('sizes a column by its longest (cut) cell', () => {
    const lines = renderTable([{ quote: 'q'.repeat(200), n: 1 }]).split('\n');
    expect(lines[2]).toBe(`${'q'.repeat(MAX_CELL_WIDTH - 1)}… | 1`);
    expect(lines[1]).toBe(`${'-'.repeat(MAX_CELL_WIDTH)}-+--`);
  });

  it('says "1 row" and "0 rows"', () => {
    expect(renderTable([{ a: 'x' }]).endsWith('\n\n(1 row)')).toBe(true);
    expect(renderTable([])).toBe('(0 rows)');
  });
});
