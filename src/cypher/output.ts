import { csvText } from '../export/csv.js';
import type { OutputFormat } from './args.js';
import { columnsOf, MAX_CELL_WIDTH, renderTable } from './table.js';

// The rows of a query as the CLI prints them. They arrive as the database layer makes every
// result: integers as numbers, dates and times as ISO 8601 text, nodes and relationships as their
// property maps, lists and maps as they are.

type Row = Record<string, unknown>;

/**
 * The whole output, ending with a line break: `table` for a terminal (cells cut at MAX_CELL_WIDTH
 * unless `wide`); `csv`: RFC 4180 (CRLF) with a header of the columns, nulls empty, lists and maps
 * as JSON; `json`: an array of row objects.
 */
export function renderRows(rows: Row[], format: OutputFormat, wide: boolean): string {
  if (format === 'json') return `${JSON.stringify(rows, null, 2)}\n`;
  if (format === 'table') return `${renderTable(rows, wide ? Infinity : MAX_CELL_WIDTH)}\n`;
  const columns = columnsOf(rows);
  return csvText(
    columns,
    rows.map((r) => columns.map((c) => r[c])),
  );
}
