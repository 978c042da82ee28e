import { edgeColumns, nodeColumns, type Column } from './columns.js';
import type { ExportGraph } from './model.js';
import { lines, xmlAttributes, xmlText } from './xml.js';

// GraphML (graphml.graphdrawing.org), read by Gephi, Cytoscape desktop, yEd and NetworkX's read_graphml.

const GRAPHML_TYPES = { string: 'string', int: 'long' } as const;

function keys<T>(domain: 'node' | 'edge', prefix: string, columns: Column<T>[]): string[] {
  return columns.map(
    (c, i) => `  <key${xmlAttributes({ id: `${prefix}${i}`, for: domain, 'attr.name': c.name, 'attr.type': GRAPHML_TYPES[c.type] })}/>`,
  );
}

function data<T>(item: T, prefix: string, columns: Column<T>[]): string {
  return columns
    .map((c, i) => [i, c.value(item)] as const)
    .filter(([, value]) => value !== null)
    .map(([i, value]) => `<data key="${prefix}${i}">${xmlText(value!)}</data>`)
    .join('');
}

/** The graph as a GraphML document, line by line: one directed graph, entities as nodes, relationships as edges with their quotes. */
export function* toGraphML(graph: ExportGraph): Generator<string> {
  const nodeCols = nodeColumns(graph.nodes);
  const edgeCols = edgeColumns(graph.edges);
  yield* lines([
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys('node', 'n', nodeCols),
    ...keys('edge', 'e', edgeCols),
    '  <graph id="livegraph" edgedefault="directed">',
    `    <desc>${xmlText(graph.title)}</desc>`,
  ]);
  for (const n of graph.nodes) yield `    <node${xmlAttributes({ id: n.id })}>${data(n, 'n', nodeCols)}</node>\n`;
  for (const e of graph.edges)
    yield `    <edge${xmlAttributes({ id: e.id, source: e.source, target: e.target })}>${data(e, 'e', edgeCols)}</edge>\n`;
  yield* lines(['  </graph>', '</graphml>']);
}
