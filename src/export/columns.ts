import { KIND_PROPERTIES } from '../model/entity-kinds.js';
import type { ExportEdge, ExportNode } from './model.js';

// The attributes of nodes and edges in the flat formats (GraphML, GEXF, CSV): one list, so that
// the three name and fill them alike. Lists become one text, joined by LIST_SEPARATOR.

/** How list values (aliases, quotes, documents) are joined into one attribute; the API's own alias text uses it too. */
export const LIST_SEPARATOR = ' | ';

export interface Column<T> {
  name: string;
  type: 'string' | 'int';
  /** The item's value; null when it has none. */
  value: (item: T) => string | number | null;
}

const joined = (list: readonly string[]) => (list.length ? list.join(LIST_SEPARATOR) : null);

/** label (the name, which Gephi shows), kind, aliases, description, degree, then the kind-specific properties some node has. */
export function nodeColumns(nodes: readonly ExportNode[]): Column<ExportNode>[] {
  const present = [...KIND_PROPERTIES.keys()].filter((name) => nodes.some((n) => name in n.properties));
  return [
    { name: 'label', type: 'string', value: (n) => n.name },
    { name: 'kind', type: 'string', value: (n) => n.kind },
    { name: 'aliases', type: 'string', value: (n) => joined(n.aliases) },
    { name: 'description', type: 'string', value: (n) => n.description },
    { name: 'degree', type: 'int', value: (n) => n.degree },
    ...present.map((name): Column<ExportNode> => ({ name, type: 'string', value: (n) => n.properties[name] ?? null })),
  ];
}

/**
 * relationship (its type; not `type`, which Gephi's spreadsheet import reads as directed or
 * undirected), the properties some edge has (role, how), its quotes and the documents they are from.
 */
export function edgeColumns(edges: readonly ExportEdge[]): Column<ExportEdge>[] {
  const present = [...new Set(edges.flatMap((e) => Object.keys(e.properties)))].sort();
  return [
    { name: 'relationship', type: 'string', value: (e) => e.type },
    ...present.map((name): Column<ExportEdge> => ({ name, type: 'string', value: (e) => e.properties[name] ?? null })),
    { name: 'quotes', type: 'string', value: (e) => joined(e.evidence.map((q) => q.quote)) },
    { name: 'documents', type: 'string', value: (e) => joined([...new Set(e.evidence.map((q) => q.document))]) },
  ];
}
