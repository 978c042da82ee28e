// Query results as a plain-text table for a terminal, one line per row.

type Row = Record<string, unknown>;

/** Cells longer than this are cut, so that one long quote does not push every other column off screen (`--wide`: never). */
export const MAX_CELL_WIDTH = 60;

/** Length in code points, so that a cut never splits a character. */
const width = (text: string) => [...text].length;

/** A value as text: nulls empty, lists and maps as compact JSON (what a table cell and a CSV field hold). */
export const cellText = (value: unknown): string =>
  value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);

/** One cell's text (cellText), whitespace runs as one space, cut with an ellipsis. */
export function formatCell(value: unknown, maxWidth = MAX_CELL_WIDTH): string {
  const oneLine = cellText(value).replace(/\s+/g, ' ');
  return width(oneLine) > maxWidth ? `${[...oneLine].slice(0, maxWidth - 1).join('')}…` : oneLine;
}

const rowCount = (n: number) => `(${n} ${n === 1 ? 'row' : 'rows'})`;

/** The columns of the rows: every key, in the order they first appear. */
export const columnsOf = (rows: readonly Row[]): string[] => [...new Set(rows.flatMap((r) => Object.keys(r)))];

/** Rows as an aligned table: a header, a rule, the rows (numbers right-aligned) and a "(N rows)" footer; `maxWidth` Infinity cuts nothing. */
export function renderTable(rows: Row[], maxWidth = MAX_CELL_WIDTH): string {
  if (rows.length === 0) return rowCount(0);
  const columns = columnsOf(rows);
  const cells = rows.map((r) => columns.map((c) => formatCell(r[c], maxWidth)));
  const widths = columns.map((c, i) => Math.max(width(c), ...cells.map((row) => width(row[i]!))));
  const numeric = columns.map((c) => rows.every((r) => r[c] === null || r[c] === undefined || typeof r[c] === 'number'));
  const pad = (text: string, i: number) => {
    const fill = ' '.repeat(widths[i]! - width(text));
    return numeric[i] ? fill + text : text + fill;
  };
  const line = (texts: string[]) => texts.map(pad).join(' | ').trimEnd();
  return [line(columns), widths.map((w) => '-'.repeat(w)).join('-+-'), ...cells.map(line), '', rowCount(rows.length)].join('\n');
}
