import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { renderRows } from '../../src/cypher/output.js';
import { MAX_CELL_WIDTH } from '../../src/cypher/table.js';

// The CLI's three outputs, on rows as the database layer gives them (numbers, ISO dates, property maps).

const QUOTE = `A quote of ${'many '.repeat(30)}words, with "quotes", commas and a\nline break.`;
const rows = [
  { id: 'place:guangzhou', start: '2023-01-01', value: 2.2e12, node: { id: 'place:guangzhou', aliases: ['Canton'] }, quote: QUOTE },
  { id: 'place:china', start: null, value: 8, node: null, quote: '广州' },
];

describe('renderRows', () => {
  it('csv: RFC 4180, a header of the columns, nulls empty, lists and maps as JSON, nothing cut', () => {
    const text = renderRows(rows, 'csv', false);
    expect(text.endsWith('\r\n')).toBe(true);
    const read = parse(text, { columns: true }) as Record<string, string>[];
    expect(read).toEqual([
      { id: 'place:guangzhou', start: '2023-01-01', value: '2200000000000', node: '{"id":"place:guangzhou","aliases":["Canton"]}', quote: QUOTE },
      { id: 'place:china', start: '', value: '8', node: '', quote: '广州' },
    ]);
  });

  it('csv of no rows is one empty header line', () => {
    expect(renderRows([], 'csv', false)).toBe('\r\n');
  });

  it('json: an array of the row objects, values as they came', () => {
    expect(JSON.parse(renderRows(rows, 'json', false))).toEqual(rows);
    expect(JSON.parse(renderRows([], 'json', false))).toEqual([]);
  });

  it(`table: cells cut at ${MAX_CELL_WIDTH} characters, whole with --wide`, () => {
    const cut = renderRows(rows, 'table', false);
    expect(cut).not.toContain('words, with');
    const wide = renderRows(rows, 'table', true);
    expect(wide).toContain(QUOTE.replace(/\s+/g, ' '));
    expect(wide.endsWith('(2 rows)\n')).toBe(true);
  });
});
