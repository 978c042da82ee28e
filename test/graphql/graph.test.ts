import { describe, expect, it } from 'vitest';
import type { RelationshipType } from '../../src/model/vocabulary.js';
import { readValidSeeds } from '../../src/seed/seed.js';
import { expectBadArguments, graphql, useApiServer } from '../support/graph.js';

const seed = readValidSeeds();
const api = useApiServer();

const documentText = new Map(seed.documents.map((d) => [d.id, d.text]));
const relationshipByKey = new Map(seed.relationships.map((r) => [r.key, r]));

/**
 * Each entity reachable from `from` over the seed relationships (either way, of the given types;
 * all when omitted): how many relationships away it is, and by how many shortest paths.
 */
function reach(from: string, types?: RelationshipType[]): Map<string, { hops: number; paths: number }> {
  const rels = seed.relationships.filter((r) => !types || types.includes(r.type));
  const found = new Map([[from, { hops: 0, paths: 1 }]]);
  for (let frontier = [from]; frontier.length > 0;) {
    const next: string[] = [];
    for (const id of frontier) {
      const here = found.get(id)!;
      for (const r of rels) {
        const other = r.from === id ? r.to : r.to === id ? r.from : undefined;
        if (other === undefined) continue;
        if (!found.has(other)) {
          found.set(other, { hops: here.hops + 1, paths: 0 });
          next.push(other);
        }
        const there = found.get(other)!;
        if (there.hops === here.hops + 1) there.paths += here.paths;
      }
    }
    frontier = next;
  }
  return found;
}

const hops = (from: string, to: string, types?: RelationshipType[]) => reach(from, types).get(to)?.hops;

/** The ids within `depth` of `from`, itself included, sorted. */
const within = (from: string, depth: number, types?: RelationshipType[]) =>
  [...reach(from, types)]
    .filter(([, r]) => r.hops <= depth)
    .map(([id]) => id)
    .sort();

/** Keys of the seed relationships among some entities, sorted. */
const keysAmong = (ids: string[], types?: RelationshipType[]) =>
  seed.relationships
    .filter((r) => ids.includes(r.from) && ids.includes(r.to) && (!types || types.includes(r.type)))
    .map((r) => r.key)
    .sort();

interface Edge {
  id: string;
  type: RelationshipType;
  source: string;
  target: string;
  role: string | null;
  how: string | null;
  evidence: { quote: string; start: number; end: number; document: { id: string } }[];
}
const EDGE = 'id type source target role how evidence { quote start end document { id } }';

/** An edge is a seed relationship as stored, and each of its quotes stands in its document at its offsets. */
function expectSeedEdge(edge: Edge) {
  const r = relationshipByKey.get(edge.id);
  expect(r, edge.id).toBeDefined();
  expect(edge).toMatchObject({
    type: r!.type,
    source: r!.from,
    target: r!.to,
    role: r!.properties.role ?? null,
    how: r!.properties.how ?? null,
  });
  expect(edge.evidence.length, edge.id).toBe(r!.evidence.length);
  for (const e of edge.evidence) expect(documentText.get(e.document.id)!.slice(e.start, e.end), edge.id).toBe(e.quote);
}

describe('neighborhood', () => {
  type Subgraph = { center: { id: string }; nodes: { id: string; name: string }[]; edges: Edge[]; truncated: boolean };
  const query = `query($id: ID!, $depth: Int, $types: [RelationshipType!], $limit: PositiveInt) {
    neighborhood(id: $id, depth: $depth, relationshipTypes: $types, limit: $limit) {
      center { id } nodes { id name } edges { ${EDGE} } truncated } }`;
  const neighborhood = async (variables: Record<string, unknown>) => {
    const res = await graphql<{ neighborhood: Subgraph | null }>(api.url, query, variables);
    expect(res.errors).toBeUndefined();
    return res.data!.neighborhood!;
  };

  it('holds the centre, the entities related to it and every relationship among them, with evidence', async () => {
    const sub = await neighborhood({ id: 'place:guangzhou' });
    const ids = sub.nodes.map((n) => n.id);
    expect(sub.center.id).toBe('place:guangzhou');
    expect(ids[0]).toBe('place:guangzhou');
    expect([...ids].sort()).toEqual(within('place:guangzhou', 1));
    expect(sub.truncated).toBe(false);
    expect(sub.edges.map((e) => e.id).sort()).toEqual(keysAmong(ids));
    for (const edge of sub.edges) {
      expect(ids).toContain(edge.source);
      expect(ids).toContain(edge.target);
      expectSeedEdge(edge);
    }
  });

  it('goes further with depth, keeping what a smaller depth found', async () => {
    const one = (await neighborhood({ id: 'place:guangzhou', depth: 1 })).nodes.map((n) => n.id);
    const two = (await neighborhood({ id: 'place:guangzhou', depth: 2, limit: 500 })).nodes.map((n) => n.id);
    expect([...two].sort()).toEqual(within('place:guangzhou', 2));
    expect(two.length).toBeGreaterThan(one.length);
    expect(two).toEqual(expect.arrayContaining(one));
  });

  it('searches ring by ring to depth 3, and a limit inside a ring keeps the whole nearer rings', async () => {
    const three = await neighborhood({ id: 'place:guangzhou', depth: 3, limit: 500 });
    expect([...three.nodes.map((n) => n.id)].sort()).toEqual(within('place:guangzhou', 3));
    expect(three.truncated).toBe(false);
    const nearer = within('place:guangzhou', 2).length - 1;
    const cut = await neighborhood({ id: 'place:guangzhou', depth: 3, limit: nearer + 2 });
    expect(cut.truncated).toBe(within('place:guangzhou', 3).length - 1 > nearer + 2);
    const distances = cut.nodes.slice(1).map((n) => hops('place:guangzhou', n.id)!);
    expect(distances.filter((d) => d <= 2)).toHaveLength(nearer);
    expect(distances.filter((d) => d === 3)).toHaveLength(2);
  });

  it('follows and returns only the relationship types asked for', async () => {
    const types: RelationshipType[] = ['LOCATED_IN'];
    const sub = await neighborhood({ id: 'place:guangzhou', depth: 2, types, limit: 500 });
    expect([...sub.nodes.map((n) => n.id)].sort()).toEqual(within('place:guangzhou', 2, types));
    expect(sub.edges.length).toBeGreaterThan(0);
    expect(new Set(sub.edges.map((e) => e.type))).toEqual(new Set(types));
    expect(sub.edges.map((e) => e.id).sort()).toEqual(
      keysAmong(
        sub.nodes.map((n) => n.id),
        types,
      ),
    );
  });

  it('keeps the nearest entities within the limit and says it cut', async () => {
    const sub = await neighborhood({ id: 'place:guangzhou', depth: 2, limit: 3 });
    expect(sub.truncated).toBe(true);
    expect(sub.nodes).toHaveLength(4);
    for (const n of sub.nodes.slice(1)) expect(hops('place:guangzhou', n.id), n.id).toBe(1);
    for (const edge of sub.edges) expect([edge.source, edge.target].every((id) => sub.nodes.some((n) => n.id === id))).toBe(true);
  });

  it('answers in one statement however many entities it holds', async () => {
    let sent = 0;
    const stop = api.db.onQuery(() => sent++);
    await neighborhood({ id: 'place:guangzhou', depth: 3, limit: 500 });
    stop();
    // The query itself, plus the documents of the evidence, batched by the documents module.
    expect(sent).toBeLessThanOrEqual(2);
  });

  it('is null for an unknown entity and names a bad argument', async () => {
    const res = await graphql(api.url, '{ neighborhood(id: "place:atlantis") { truncated } }');
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ neighborhood: null });
    await expectBadArguments(api.url, 'neighborhood', '{ truncated }', [
      ['id: "place:guangzhou", depth: 9', 'depth'],
      ['id: "place:guangzhou", depth: 0', 'depth'],
      ['id: "place:guangzhou", limit: 10000', 'limit'],
      ['id: "Guangzhou"', 'id'],
    ]);
  });
});

describe('paths', () => {
  type Path = { length: number; nodes: { id: string }[]; edges: Edge[] };
  const query = `query($from: ID!, $to: ID!, $maxHops: Int, $types: [RelationshipType!], $limit: PositiveInt) {
    paths(from: $from, to: $to, maxHops: $maxHops, relationshipTypes: $types, limit: $limit) { length nodes { id } edges { ${EDGE} } } }`;
  const paths = async (variables: Record<string, unknown>) => {
    const res = await graphql<{ paths: Path[] }>(api.url, query, variables);
    expect(res.errors).toBeUndefined();
    return res.data!.paths;
  };

  /** Each path runs from `from` to `to` in `hops` steps, every edge joining the nodes on either side of it. */
  function expectPaths(found: Path[], from: string, to: string, hops: number) {
    for (const p of found) {
      expect(p.length).toBe(hops);
      expect(p.nodes.map((n) => n.id)).toHaveLength(hops + 1);
      expect(p.nodes[0]!.id).toBe(from);
      expect(p.nodes.at(-1)!.id).toBe(to);
      p.edges.forEach((edge, i) => {
        expect([edge.source, edge.target].sort()).toEqual([p.nodes[i]!.id, p.nodes[i + 1]!.id].sort());
        expectSeedEdge(edge);
      });
    }
  }

  // Five relationships apart, by several shortest paths.
  const [from, to] = ['person:sister-mi', 'policy:china-hangzhou-live-broadcast-e-commerce-industrial-base-three-year-development-plan'];

  it('finds every shortest path between two connected entities, as long as the seeds make them', async () => {
    const { hops: length, paths: count } = reach(from).get(to)!;
    expect(count).toBeGreaterThan(1);
    const found = await paths({ from, to, maxHops: 6, limit: 25 });
    expect(found).toHaveLength(count);
    expectPaths(found, from, to, length);
    const routes = found.map((p) => p.edges.map((e) => e.id).join(' '));
    expect(new Set(routes).size).toBe(count);
  });

  it('follows only the relationship types asked for', async () => {
    const [start, end] = ['base:sister-mi-live-broadcast-room', 'place:china'];
    const types: RelationshipType[] = ['LOCATED_IN'];
    const found = await paths({ from: start, to: end, types });
    expect(found.length).toBeGreaterThan(0);
    expectPaths(found, start, end, hops(start, end, types)!);
    for (const p of found) for (const e of p.edges) expect(e.type).toBe('LOCATED_IN');
  });

  it('returns at most limit paths', async () => {
    expect(await paths({ from, to, maxHops: 6, limit: 2 })).toHaveLength(2);
  });

  it('is empty when the entities are not connected within maxHops, or unknown', async () => {
    expect(await paths({ from, to, maxHops: hops(from, to)! - 1 })).toEqual([]);
    const unconnected = seed.entities.find((e) => hops('place:guangzhou', e.id) === undefined)!;
    expect(await paths({ from: 'place:guangzhou', to: unconnected.id, maxHops: 6 })).toEqual([]);
    expect(await paths({ from: 'place:guangzhou', to: 'place:atlantis' })).toEqual([]);
  });

  it('names a bad argument', async () => {
    await expectBadArguments(api.url, 'paths', '{ length }', [
      ['from: "place:guangzhou", to: "place:guangzhou"', 'to'],
      ['from: "place:guangzhou", to: "place:china", maxHops: 7', 'maxHops'],
      ['from: "place:guangzhou", to: "place:china", limit: 26', 'limit'],
      ['from: "guangzhou", to: "place:china"', 'from'],
    ]);
  });
});

describe('connections', () => {
  type Connections = { a: { id: string }; b: { id: string }; documents: { id: string }[]; facts: { id: string }[]; edges: Edge[] };
  const query = `query($a: ID!, $b: ID!) { connections(a: $a, b: $b) { a { id } b { id } documents { id } facts { id } edges { ${EDGE} } } }`;

  /** What the seeds say two entities share. */
  function expected(a: string, b: string) {
    const docsOf = (id: string) => new Set(seed.entities.find((e) => e.id === id)!.mentions.map((m) => m.document));
    const about = (f: (typeof seed.facts)[number], id: string) => f.subjects.some((s) => s.entity === id);
    return {
      documents: [...docsOf(a)].filter((d) => docsOf(b).has(d)).sort(),
      facts: seed.facts
        .filter((f) => (about(f, a) && about(f, b)) || (about(f, a) && f.statedBy === b) || (about(f, b) && f.statedBy === a))
        .map((f) => f.id)
        .sort(),
      edges: seed.relationships
        .filter((r) => (r.from === a && r.to === b) || (r.from === b && r.to === a))
        .map((r) => r.key)
        .sort(),
    };
  }

  it.each([
    ['place:guangzhou', 'org:ministry-of-commerce'],
    ['place:guangzhou', 'policy:guangzhou-live-broadcasting-e-commerce-development-action-plan-2020-2022'],
    ['org:guangzhou-municipal-government', 'place:guangzhou'],
    ['event:second-double-product-online-shopping-festival', 'org:ministry-of-commerce'],
  ])('lists what %s and %s share in the sources', async (a, b) => {
    const res = await graphql<{ connections: Connections }>(api.url, query, { a, b });
    expect(res.errors).toBeUndefined();
    const c = res.data!.connections;
    const want = expected(a, b);
    expect(want.documents.length).toBeGreaterThan(0);
    expect(c.a.id).toBe(a);
    expect(c.b.id).toBe(b);
    expect(c.documents.map((d) => d.id).sort()).toEqual(want.documents);
    expect(c.facts.map((f) => f.id).sort()).toEqual(want.facts);
    expect(c.edges.map((e) => e.id).sort()).toEqual(want.edges);
    c.edges.forEach(expectSeedEdge);
  });

  it('finds facts about both, and facts one stated about the other', async () => {
    const about = await graphql<{ connections: Connections }>(api.url, query, {
      a: 'place:guangzhou',
      b: 'policy:guangzhou-live-broadcasting-e-commerce-development-action-plan-2020-2022',
    });
    expect(about.data!.connections.facts.length).toBeGreaterThan(0);
    const stated = await graphql<{ connections: Connections }>(api.url, query, {
      a: 'event:second-double-product-online-shopping-festival',
      b: 'org:ministry-of-commerce',
    });
    expect(stated.data!.connections.facts.length).toBeGreaterThan(0);
  });

  it('is null when either entity is unknown, and names a bad argument', async () => {
    const res = await graphql(
      api.url,
      '{ x: connections(a: "place:atlantis", b: "place:guangzhou") { a { id } } y: connections(a: "place:guangzhou", b: "place:atlantis") { a { id } } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ x: null, y: null });
    await expectBadArguments(api.url, 'connections', '{ a { id } }', [
      ['a: "place:guangzhou", b: "place:guangzhou"', 'b'],
      ['a: "", b: "place:guangzhou"', 'a'],
    ]);
  });
});

describe('relationships as objects with ids', () => {
  const EDGE = 'id type source target role evidence { id }';
  /** A seed relationship with a role and one without, so both key forms are read back. */
  const withRole = seed.relationships.find((r) => r.properties.role)!;
  const withoutRole = seed.relationships.find((r) => !r.properties.role)!;

  it('answers node(id) and nodes(ids) with the GraphEdge a neighbourhood draws, null for one that does not exist', async () => {
    const keys = [withRole.key, withoutRole.key];
    const drawn = await graphql<{ neighborhood: { edges: { id: string }[] } }>(
      api.url,
      `query($id: ID!) { neighborhood(id: $id, depth: 1) { edges { ${EDGE} } } }`,
      { id: withRole.from },
    );
    const fromNeighbourhood = drawn.data!.neighborhood.edges.find((e) => e.id === withRole.key);
    expect(fromNeighbourhood).toBeDefined();

    const missing = `${withoutRole.type}|${withoutRole.from}|${withoutRole.to}|no such role`;
    const res = await graphql<{ node: unknown; nodes: ({ __typename: string; id: string; source: string } | null)[] }>(
      api.url,
      `query($id: ID!, $ids: [ID!]!) { node(id: $id) { ... on GraphEdge { ${EDGE} } } nodes(ids: $ids) { __typename id ... on GraphEdge { source } } }`,
      { id: withRole.key, ids: [...keys, missing, withRole.from] },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.node).toEqual(fromNeighbourhood);
    expect(res.data!.nodes.map((n) => n && [n.__typename, n.id])).toEqual([
      ['GraphEdge', withRole.key],
      ['GraphEdge', withoutRole.key],
      null,
      [expect.any(String), withRole.from],
    ]);
    expect(res.data!.nodes[1]!.source).toBe(withoutRole.from);
  });

  it('gives a relationship read from each end its own id, naming that end, from which node(id) finds the relationship', async () => {
    const res = await graphql<Record<'from' | 'to', { relationships: { id: string; node: { id: string }; direction: string }[] }>>(
      api.url,
      `query($from: ID!, $to: ID!) {
         from: node(id: $from) { ... on Entity { relationships(first: 100) { id direction node { id } } } }
         to: node(id: $to) { ... on Entity { relationships(first: 100) { id direction node { id } } } } }`,
      { from: withRole.from, to: withRole.to },
    );
    expect(res.errors).toBeUndefined();
    const seenFrom = res.data!.from.relationships.filter((r) => r.id.startsWith(`${withRole.key}@`));
    const seenTo = res.data!.to.relationships.filter((r) => r.id.startsWith(`${withRole.key}@`));
    expect(seenFrom).toEqual([{ id: `${withRole.key}@source`, direction: 'OUTGOING', node: { id: withRole.to } }]);
    expect(seenTo).toEqual([{ id: `${withRole.key}@target`, direction: 'INCOMING', node: { id: withRole.from } }]);
    const all = [...res.data!.from.relationships, ...res.data!.to.relationships].map((r) => r.id);
    expect(new Set(res.data!.from.relationships.map((r) => r.id)).size).toBe(res.data!.from.relationships.length);
    expect(all.every((id) => /@(source|target)$/.test(id))).toBe(true);
  });
});
