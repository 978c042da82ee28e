import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toEdgesCsv, toNodesCsv } from '../../src/export/csv.js';
import { toGEXF } from '../../src/export/gexf.js';
import { toGraphML } from '../../src/export/graphml.js';
import { toJsonLd } from '../../src/export/jsonld.js';
import type { ExportGraph } from '../../src/export/model.js';
import { xmlText } from '../../src/export/xml.js';
import { networkxMissing, readWithNetworkx } from '../support/networkx.js';
import { objectsOf, quadsOf, RDF_TYPE } from '../support/rdf.js';

// The writers on text that breaks careless ones: XML's five special characters, Chinese, line
// breaks, characters outside the BMP and the control characters XML 1.0 cannot carry at all.
// Each file is read back by a real parser of its format.

const NASTY = `Tom & Jerry's <"best"> 广州直播电商, line\nbreak, tab\t, emoji 😀`;
const FORBIDDEN = 'bell\u0007 vt\u000B nul\u0000 unpaired\uD800 end';
/** What XML keeps of FORBIDDEN: every character it cannot carry becomes U+FFFD. */
const KEPT = 'bell\uFFFD vt\uFFFD nul\uFFFD unpaired\uFFFD end';

/** A writer's pieces as one file. */
const text = (pieces: Iterable<string>) => [...pieces].join('');

const graph: ExportGraph = {
  title: `A test graph: ${NASTY}`,
  nodes: [
    {
      id: 'place:a',
      kind: 'Place',
      name: NASTY,
      aliases: ['广州', 'A, "quoted"'],
      description: FORBIDDEN,
      degree: 1,
      properties: { placeType: 'city' },
    },
    { id: 'person:b', kind: 'Person', name: 'B', aliases: [], description: null, degree: 2, properties: {} },
  ],
  edges: [
    {
      id: 'AFFILIATED_WITH|person:b|place:a|',
      type: 'AFFILIATED_WITH',
      source: 'person:b',
      target: 'place:a',
      properties: { role: 'mayor & "chief"' },
      evidence: [
        { id: 'ev:d:0-5', document: 'doc:d', quote: NASTY, start: 0, end: 5 },
        { id: 'ev:d:9-12', document: 'doc:d', quote: '第二', start: 9, end: 12 },
      ],
    },
    // A second edge between the same two entities: readers must keep both.
    { id: 'SUPPORTS|place:a|person:b|', type: 'SUPPORTS', source: 'place:a', target: 'person:b', properties: {}, evidence: [] },
    { id: 'PARTNERS_WITH|place:a|person:b|', type: 'PARTNERS_WITH', source: 'place:a', target: 'person:b', properties: {}, evidence: [] },
  ],
  facts: [],
  documents: [{ id: 'doc:d', title: '标题 & <title>', publisher: 'CCTV', authors: [], publishedOn: '2023', language: 'en' }],
  truncated: false,
};

describe('xmlText', () => {
  it('escapes markup and whitespace, and replaces what XML 1.0 forbids', () => {
    expect(xmlText(`a&b<c>d"e'f\tg\nh\ri`)).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;f&#9;g&#10;h&#13;i');
    expect(xmlText(FORBIDDEN)).toBe(KEPT);
    expect(xmlText('😀 广州 \uFFFE')).toBe('😀 广州 \uFFFD');
  });
});

describe.skipIf(networkxMissing)(`GraphML and GEXF read by NetworkX${networkxMissing ? ` (skipped: ${networkxMissing})` : ''}`, () => {
  it.each(['graphml', 'gexf'] as const)('%s keeps every node, edge and character', (format) => {
    const read = readWithNetworkx(format === 'graphml' ? text(toGraphML(graph)) : text(toGEXF(graph)), format);
    expect(read.directed).toBe(true);
    expect(read.nodes.map(([id]) => id).sort()).toEqual(['person:b', 'place:a']);
    const a = Object.fromEntries(read.nodes)['place:a']!;
    expect(a).toMatchObject({
      label: NASTY,
      kind: 'Place',
      aliases: '广州 | A, "quoted"',
      description: KEPT,
      degree: 1,
      placeType: 'city',
    });
    expect(read.edges).toHaveLength(3);
    const affiliation = read.edges.find(([u]) => u === 'person:b')!;
    expect(affiliation.slice(0, 2)).toEqual(['person:b', 'place:a']);
    expect(affiliation[2]).toMatchObject({
      relationship: 'AFFILIATED_WITH',
      role: 'mayor & "chief"',
      quotes: `${NASTY} | 第二`,
      documents: 'doc:d',
    });
  });
});

describe('CSV read by csv-parse', () => {
  it('nodes.csv and edges.csv keep every row, field and character', () => {
    const nodes = parse(text(toNodesCsv(graph)), { columns: true }) as Record<string, string>[];
    expect(nodes).toHaveLength(2);
    // CSV carries control characters as they are; an unpaired surrogate has no UTF-8 form, so the parser (as any UTF-8 encoder) makes it U+FFFD.
    const description = FORBIDDEN.replace('\uD800', '\uFFFD');
    expect(nodes[0]).toMatchObject({
      id: 'place:a',
      label: NASTY,
      aliases: '广州 | A, "quoted"',
      description,
      degree: '1',
      placeType: 'city',
    });
    expect(nodes[1]).toMatchObject({ id: 'person:b', description: '', placeType: '' });
    const edges = parse(text(toEdgesCsv(graph)), { columns: true }) as Record<string, string>[];
    expect(edges.map((e) => e.relationship)).toEqual(['AFFILIATED_WITH', 'SUPPORTS', 'PARTNERS_WITH']);
    expect(edges[0]).toMatchObject({ source: 'person:b', target: 'place:a', role: 'mayor & "chief"', quotes: `${NASTY} | 第二` });
  });

  it('ends every record with CRLF, as RFC 4180 has it', () => {
    expect(text(toNodesCsv(graph)).split('\r\n').at(-1)).toBe('');
    expect(text(toNodesCsv({ ...graph, nodes: [] }))).toBe('id,label,kind,aliases,description,degree\r\n');
  });
});

describe('JSON-LD read by jsonld.js', () => {
  it('an empty graph is a JSON-LD document with an empty @graph', async () => {
    const empty = text(toJsonLd({ ...graph, nodes: [], edges: [], documents: [] }));
    expect(JSON.parse(empty)).toMatchObject({ '@graph': [] });
    expect(await quadsOf(empty)).toEqual([]);
  });

  it('gives the triples it promises: entity types, the relationship, its statement and quotations', async () => {
    const quads = await quadsOf(text(toJsonLd(graph)));
    const objects = (s: string, p: string) => objectsOf(quads, s, p);
    const a = 'urn:livegraph:place:a';
    expect(objects(a, RDF_TYPE).sort()).toEqual(['https://schema.org/City', 'urn:livegraph:vocab:Entity']);
    expect(objects(a, 'https://schema.org/name')).toEqual([NASTY]);
    expect(objects('urn:livegraph:person:b', 'urn:livegraph:vocab:AFFILIATED_WITH')).toEqual([a]);
    const statement = 'urn:livegraph:rel:AFFILIATED_WITH%7Cperson:b%7Cplace:a%7C';
    expect(objects(statement, 'http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate')).toEqual(['urn:livegraph:vocab:AFFILIATED_WITH']);
    expect(objects(statement, 'urn:livegraph:vocab:role')).toEqual(['mayor & "chief"']);
    const [quote] = objects(statement, 'http://www.w3.org/ns/prov#wasDerivedFrom').sort();
    expect(objects(quote!, 'https://schema.org/text')).toEqual([NASTY]);
    expect(objects(quote!, 'https://schema.org/isPartOf')).toEqual(['urn:livegraph:doc:d']);
    expect(objects('urn:livegraph:doc:d', 'https://schema.org/headline')).toEqual(['标题 & <title>']);
  });
});
