import { cellText } from '../cypher/table.js';
import { edgeColumns, nodeColumns, type Column } from './columns.js';
import type { ExportGraph } from './model.js';

// CSV as RFC 4180 has it: CRLF line ends, fields quoted when they hold a comma, a quote or a line
// break, quotes doubled. A few lines of our own rather than a dependency: this is all of the format.

function field(value: unknown): string {
  const text = cellText(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One RFC 4180 record, ended by CRLF. */
const record = (row: readonly unknown[]) => `${row.map(field).join(',')}\r\n`;

/** A header row and data rows as one RFC 4180 text, every line (the last too) ended by CRLF. */
export function csvText(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return [header, ...rows].map(record).join('');
}

function* table<T>(leading: Column<T>[], columns: Column<T>[], items: readonly T[]): Generator<string> {
  const all = [...leading, ...columns];
  yield record(all.map((c) => c.name));
  for (const item of items) yield record(all.map((c) => c.value(item)));
}

/** One record per entity, record by record: id first, then the node columns (Gephi's spreadsheet import reads `id` and `label`). */
export function toNodesCsv(graph: ExportGraph): Iterable<string> {
  return table([{ name: 'id', type: 'string', value: (n) => n.id }], nodeColumns(graph.nodes), graph.nodes);
}

/** One record per relationship, record by record: id, source and target (entity ids, as Gephi reads them), then the edge columns. */
export function toEdgesCsv(graph: ExportGraph): Iterable<string> {
  return table(
    [
      { name: 'id', type: 'string', value: (e) => e.id },
      { name: 'source', type: 'string', value: (e) => e.source },
      { name: 'target', type: 'string', value: (e) => e.target },
    ],
    edgeColumns(graph.edges),
    graph.edges,
  );
}
