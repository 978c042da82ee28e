import { edgeColumns, nodeColumns, type Column } from './columns.js';
import type { ExportGraph } from './model.js';
import { lines, xmlAttributes, xmlText } from './xml.js';

// GEXF 1.2 (gexf.net), Gephi's own format, also read by NetworkX's read_gexf.

const GEXF_TYPES = { string: 'string', int: 'integer' } as const;

function declarations<T>(domain: 'node' | 'edge', columns: Column<T>[]): string[] {
  return [
    `    <attributes class="${domain}">`,
    ...columns.map((c) => `      <attribute${xmlAttributes({ id: c.name, title: c.name, type: GEXF_TYPES[c.type] })}/>`),
    '    </attributes>',
  ];
}

function attvalues<T>(item: T, columns: Column<T>[]): string {
  const values = columns
    .map((c) => [c.name, c.value(item)] as const)
    .filter(([, value]) => value !== null)
    .map(([name, value]) => `<attvalue${xmlAttributes({ for: name, value })}/>`);
  return values.length ? `<attvalues>${values.join('')}</attvalues>` : '';
}

/** The graph as a GEXF 1.2 document, line by line: a static directed graph, node labels the entities' names, edge labels the relationship types. */
export function* toGEXF(graph: ExportGraph): Generator<string> {
  // GEXF has a label of its own for nodes: the `label` column would be a second one.
  const nodeCols = nodeColumns(graph.nodes).filter((c) => c.name !== 'label');
  const edgeCols = edgeColumns(graph.edges);
  yield* lines([
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">',
    `  <meta><creator>livegraph</creator><description>${xmlText(graph.title)}</description></meta>`,
    '  <graph defaultedgetype="directed" mode="static">',
    ...declarations('node', nodeCols),
    ...declarations('edge', edgeCols),
    '    <nodes>',
  ]);
  for (const n of graph.nodes) yield `      <node${xmlAttributes({ id: n.id, label: n.name })}>${attvalues(n, nodeCols)}</node>\n`;
  yield '    </nodes>\n    <edges>\n';
  for (const e of graph.edges)
    yield `      <edge${xmlAttributes({ id: e.id, source: e.source, target: e.target, label: e.type })}>${attvalues(e, edgeCols)}</edge>\n`;
  yield* lines(['    </edges>', '  </graph>', '</gexf>']);
}
