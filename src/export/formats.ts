import { toEdgesCsv, toNodesCsv } from './csv.js';
import { toGEXF } from './gexf.js';
import { toGraphML } from './graphml.js';
import { toJsonLd } from './jsonld.js';
import type { ExportGraph } from './model.js';

// The export files, by the name they are served under (/export/NAME).

export interface ExportFormat {
  /** Content-Type of the answer. GraphML and GEXF have no registered media type; these are the conventional ones. */
  contentType: string;
  /** The file name's extension. */
  extension: string;
  /** Whether the file carries the sources too: the facts (of the whole graph) and the documents quoted. Only JSON-LD does; README, Exports. */
  withSources: boolean;
  /** The file, piece by piece, so that a large one is sent as it is written. */
  write: (graph: ExportGraph) => Iterable<string>;
}

export const EXPORT_FORMATS: Record<string, ExportFormat> = {
  'graph.graphml': { contentType: 'application/graphml+xml; charset=utf-8', extension: 'graphml', withSources: false, write: toGraphML },
  'graph.gexf': { contentType: 'application/gexf+xml; charset=utf-8', extension: 'gexf', withSources: false, write: toGEXF },
  'graph.jsonld': { contentType: 'application/ld+json; charset=utf-8', extension: 'jsonld', withSources: true, write: toJsonLd },
  'nodes.csv': { contentType: 'text/csv; charset=utf-8; header=present', extension: 'nodes.csv', withSources: false, write: toNodesCsv },
  'edges.csv': { contentType: 'text/csv; charset=utf-8; header=present', extension: 'edges.csv', withSources: false, write: toEdgesCsv },
};
