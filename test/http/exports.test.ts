import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { readValidSeeds } from '../../src/seed/seed.js';
import { startTestServer, useApiServer } from '../support/graph.js';
import { networkxMissing, readWithNetworkx } from '../support/networkx.js';
import { objectsOf, quadsOf, subjectsOfType as typed } from '../support/rdf.js';

// The export endpoints on the seeded graph. Every file is read by a real parser of its format
// (NetworkX, csv-parse, jsonld.js) and its nodes and edges are counted against the seeds, worked
// out here without Cypher.

const seed = readValidSeeds();
const api = useApiServer();

// ---- What the seeds say ---------------------------------------------------------------------

interface Expected {
  nodes: Set<string>;
  /** Relationship keys. */
  edges: Set<string>;
}

const touching = (id: string) => seed.relationships.filter((r) => r.from === id || r.to === id);
const other = (r: { from: string; to: string }, id: string) => (r.from === id ? r.to : r.from);

/** Hops from `start` to every entity it reaches. */
function distances(start: string): Map<string, number> {
  const dist = new Map([[start, 0]]);
  for (const id of dist.keys()) for (const r of touching(id)) if (!dist.has(other(r, id))) dist.set(other(r, id), dist.get(id)! + 1);
  return dist;
}

/** The entities within `depth` of `center`, and every relationship among them. */
function neighbourhood(center: string, depth: number): Expected {
  const nodes = new Set([...distances(center)].filter(([, d]) => d <= depth).map(([id]) => id));
  return { nodes, edges: new Set(seed.relationships.filter((r) => nodes.has(r.from) && nodes.has(r.to)).map((r) => r.key)) };
}

/** The entities and relationships on the shortest paths between two entities. */
function shortest(from: string, to: string): Expected & { hops: number } {
  const a = distances(from);
  const b = distances(to);
  const hops = a.get(to)!;
  const on = (id: string) => a.get(id)! + b.get(id)! === hops;
  const edges = seed.relationships.filter((r) => on(r.from) && on(r.to) && Math.abs(a.get(r.from)! - a.get(r.to)!) === 1);
  return { hops, nodes: new Set([...a.keys()].filter((id) => b.has(id) && on(id))), edges: new Set(edges.map((r) => r.key)) };
}

const whole: Expected = { nodes: new Set(seed.entities.map((e) => e.id)), edges: new Set(seed.relationships.map((r) => r.key)) };

// ---- Reading the files ----------------------------------------------------------------------

async function download(path: string): Promise<{ status: number; headers: Headers; text: string }> {
  const res = await fetch(`${api.url}${path}`);
  return { status: res.status, headers: res.headers, text: await res.text() };
}

async function exported(file: string, query: string): Promise<string> {
  const res = await download(`/export/${file}?${query}`);
  expect(res.status, res.text.slice(0, 300)).toBe(200);
  return res.text;
}

const ENTITY_IRI = 'urn:livegraph:';

/** The nodes (entity ids) and edges (relationship keys) each format gives, read by its parser. */
const READERS = {
  'graph.graphml': (text: string) => fromNetworkx(text, 'graphml'),
  'graph.gexf': (text: string) => fromNetworkx(text, 'gexf'),
  'nodes.csv': (text: string) => ({
    nodes: new Set((parse(text, { columns: true }) as { id: string }[]).map((r) => r.id)),
    edges: undefined,
  }),
  'edges.csv': (text: string) => ({
    nodes: undefined,
    edges: new Set((parse(text, { columns: true }) as { id: string }[]).map((r) => r.id)),
  }),
  'graph.jsonld': async (text: string) => {
    const quads = await quadsOf(text);
    const statements = typed(quads, 'http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement');
    return {
      nodes: new Set([...typed(quads, 'urn:livegraph:vocab:Entity')].map((iri) => decodeURI(iri.slice(ENTITY_IRI.length)))),
      edges: new Set([...statements].map((iri) => decodeURI(iri.slice(`${ENTITY_IRI}rel:`.length)))),
    };
  },
} as const;

function fromNetworkx(text: string, format: 'graphml' | 'gexf') {
  const graph = readWithNetworkx(text, format);
  expect(graph.directed).toBe(true);
  return { nodes: new Set(graph.nodes.map(([id]) => id)), count: graph.edges.length };
}

const SCOPES: [string, string, () => Expected][] = [
  ['the whole graph', 'scope=all', () => whole],
  ['a neighbourhood at depth 2', 'scope=neighborhood&id=place:guangzhou&depth=2', () => neighbourhood('place:guangzhou', 2)],
  [
    'the shortest paths',
    'scope=path&from=place:guangzhou&to=person:sister-mi&maxHops=6',
    () => shortest('place:guangzhou', 'person:sister-mi'),
  ],
];

describe.each(SCOPES)('%s', (_name, query, expectedOf) => {
  it.each(['nodes.csv', 'edges.csv', 'graph.jsonld'] as const)('%s has the entities and relationships the seeds give', async (file) => {
    const expected = expectedOf();
    const read = await READERS[file](await exported(file, query));
    if (read.nodes) expect([...read.nodes].sort()).toEqual([...expected.nodes].sort());
    if (read.edges) expect([...read.edges].sort()).toEqual([...expected.edges].sort());
  });

  it.skipIf(networkxMissing).each(['graph.graphml', 'graph.gexf'] as const)(
    `%s read by NetworkX has the entities and relationships the seeds give${networkxMissing ? ` (skipped: ${networkxMissing})` : ''}`,
    async (file) => {
      const expected = expectedOf();
      const read = READERS[file](await exported(file, query));
      expect(read.nodes.size).toBe(expected.nodes.size);
      expect([...read.nodes].sort()).toEqual([...expected.nodes].sort());
      expect(read.count).toBe(expected.edges.size);
    },
  );
});

describe('what the files carry', () => {
  const documentText = new Map(seed.documents.map((d) => [d.id, d.text]));

  it('JSON-LD of the whole graph: every fact as an Observation, every quote verbatim at its offsets in a NewsArticle', async () => {
    const quads = await quadsOf(await exported('graph.jsonld', 'scope=all'));
    const objects = (s: string, p: string) => objectsOf(quads, s, p);
    const facts = typed(quads, 'urn:livegraph:vocab:Fact');
    expect([...facts].sort()).toEqual(seed.facts.map((f) => `${ENTITY_IRI}${f.id}`).sort());
    expect(typed(quads, 'https://schema.org/Observation')).toEqual(facts);
    const articles = typed(quads, 'https://schema.org/NewsArticle');
    expect(articles.size).toBe(seed.documents.length);
    const quotations = typed(quads, 'https://schema.org/Quotation');
    expect(quotations.size).toBeGreaterThan(0);
    for (const q of quotations) {
      const [doc] = objects(q, 'https://schema.org/isPartOf');
      expect(articles.has(doc!)).toBe(true);
      const [start, end] = ['start', 'end'].map((p) => Number(objects(q, `urn:livegraph:vocab:${p}`)[0]));
      expect(objects(q, 'https://schema.org/text')).toEqual([documentText.get(doc!.slice(ENTITY_IRI.length))!.slice(start, end)]);
    }
    // Every relationship and fact derives from its quotes, and each quote is a Quotation of the file.
    const derived = quads.filter((q) => q.predicate.value === 'http://www.w3.org/ns/prov#wasDerivedFrom');
    expect(derived.every((q) => quotations.has(q.object.value))).toBe(true);
    const fact = seed.facts[0]!;
    expect(objects(`${ENTITY_IRI}${fact.id}`, 'http://www.w3.org/ns/prov#wasDerivedFrom')).toHaveLength(fact.evidence.length);
  });

  it('edges.csv: each relationship with its type, properties and every quote', async () => {
    const rows = parse(await exported('edges.csv', 'scope=all'), { columns: true }) as Record<string, string>[];
    const byKey = new Map(rows.map((r) => [r.id, r]));
    for (const r of seed.relationships) {
      expect(byKey.get(r.key)).toMatchObject({ source: r.from, target: r.to, relationship: r.type, role: r.properties?.role ?? '' });
      expect((byKey.get(r.key)?.quotes ?? '').split(' | ').sort()).toEqual(r.evidence.map((e) => e.quote).sort());
    }
  });

  it.each([
    ['graph.graphml', 'application/graphml+xml; charset=utf-8', 'graphml'],
    ['graph.gexf', 'application/gexf+xml; charset=utf-8', 'gexf'],
    ['graph.jsonld', 'application/ld+json; charset=utf-8', 'jsonld'],
    ['nodes.csv', 'text/csv; charset=utf-8; header=present', 'nodes.csv'],
    ['edges.csv', 'text/csv; charset=utf-8; header=present', 'edges.csv'],
  ])('%s is a download: %s, with a file name saying what it holds', async (file, type, extension) => {
    const res = await download(`/export/${file}?scope=neighborhood&id=place:guangzhou&depth=2`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(type);
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="livegraph-neighborhood-place_guangzhou-depth2.${extension}"`,
    );
    const all = await download(`/export/${file}`);
    expect(all.headers.get('content-disposition')).toBe(`attachment; filename="livegraph-all.${extension}"`);
  });
});

describe('refusals', () => {
  it.each([
    ['scope=everything', 'scope'],
    ['scope=neighborhood', 'id'],
    ['scope=neighborhood&id=Guangzhou', 'id'],
    ['scope=neighborhood&id=place:guangzhou&depth=0', 'depth'],
    ['scope=neighborhood&id=place:guangzhou&depth=4', 'depth'],
    ['scope=neighborhood&id=place:guangzhou&depth=two', 'depth'],
    ['scope=neighborhood&id=place:guangzhou&id=place:china', 'id'],
    ['scope=all&id=place:guangzhou', 'id'],
    ['scope=neighborhood&id=place:guangzhou&maxHops=2', 'maxHops'],
    ['scope=path&from=place:guangzhou', 'to'],
    ['scope=path&from=place:guangzhou&to=place:guangzhou', 'to'],
    ['scope=path&from=place:guangzhou&to=place:china&maxHops=7', 'maxHops'],
    ['format=csv', 'format'],
  ])('?%s answers 400 BAD_USER_INPUT naming %s', async (query, parameter) => {
    const res = await download(`/export/graph.graphml?${query}`);
    expect(res.status).toBe(400);
    expect(JSON.parse(res.text)).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT', parameter } }] });
  });

  it.each([
    ['scope=neighborhood&id=place:atlantis', 'id'],
    ['scope=path&from=place:guangzhou&to=person:nobody-at-all', 'to'],
  ])('?%s answers 404 NOT_FOUND naming %s', async (query, parameter) => {
    const res = await download(`/export/nodes.csv?${query}`);
    expect(res.status).toBe(404);
    expect(JSON.parse(res.text)).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND', parameter } }] });
  });

  it('an unknown file answers 404 listing the exports, another method 405', async () => {
    const res = await download('/export/graph.xlsx');
    expect(res.status).toBe(404);
    expect(JSON.parse(res.text).errors[0].message).toContain('graph.graphml, graph.gexf, graph.jsonld, nodes.csv, edges.csv');
    const post = await fetch(`${api.url}/export/graph.graphml`, { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });

  it('a whole graph over the export limits answers 413 from the counts alone', async () => {
    const small = await startTestServer(api.db, { exportCaps: { entities: whole.nodes.size - 1, relationships: 1e6, facts: 1e6 } });
    let sent = 0;
    const stop = api.db.onQuery(() => sent++);
    try {
      const res = await fetch(`${small.url}/export/graph.gexf`);
      expect(res.status).toBe(413);
      expect(await res.json()).toMatchObject({ errors: [{ extensions: { code: 'EXPORT_TOO_LARGE', entities: whole.nodes.size } }] });
      expect(sent).toBe(1);
      // A neighbourhood is not a whole-graph export: still served.
      expect((await fetch(`${small.url}/export/graph.gexf?scope=neighborhood&id=place:guangzhou`)).status).toBe(200);
    } finally {
      stop();
      await small.close();
    }
  });

  it('exports are charged a fixed cost against the rate limit, and refused with 429 past it', async () => {
    const limited = await startTestServer(api.db, { rateLimit: { points: 120_000, windowSeconds: 3_600 } });
    try {
      const neighbourhood = `${limited.url}/export/nodes.csv?scope=neighborhood&id=place:guangzhou`;
      const first = await fetch(neighbourhood);
      expect(first.status).toBe(200);
      expect(first.headers.get('ratelimit-remaining')).toBe('70000');
      const whole = await fetch(`${limited.url}/export/nodes.csv`);
      expect(whole.status).toBe(429);
      expect(whole.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(await whole.json()).toMatchObject({ errors: [{ extensions: { code: 'RATE_LIMITED', cost: 1_000_000, remaining: 70_000 } }] });
      expect((await fetch(neighbourhood)).headers.get('ratelimit-remaining')).toBe('20000');
      expect((await fetch(neighbourhood)).status).toBe(429);
    } finally {
      await limited.close();
    }
  });
});
