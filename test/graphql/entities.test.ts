import { describe, expect, it } from 'vitest';
import { ENTITY_KIND_NAMES } from '../../src/model/vocabulary.js';
import { readValidSeeds } from '../../src/seed/seed.js';
import { countRoundTrips, expectBadArguments, graphql, useApiServer } from '../support/graph.js';
import { QUERY_FIELDS as KIND_FIELDS } from '../../src/graphql/kind-fields.js';

const seed = readValidSeeds();
const api = useApiServer();

/** Every typed relationship field per kind, with its selection, so each is exercised. */
const RELATION_SELECTIONS: Record<string, string> = {
  Place:
    'placeType parent { node { id } evidence { quote } } children { node { id } } policies { node { id issuedOn } } bases { node { id } } organizations { node { id } } events { node { id } }',
  Person: 'title affiliations { organization { id } role evidence { quote } } events { node { id } }',
  Organization:
    'orgType parentOrganization { node { id } } units { node { id } } location { node { id } } members { node { id } role } issuedPolicies { node { id } } operates { node { id } } publishedReports { node { id } } events { node { id } } cooperation { node { id } type }',
  Platform: 'platformType operator { node { id } } operators { node { id } } occupations { node { id } } events { node { id } }',
  Base: 'baseType location { node { id } } operators { node { id } } members { node { id } } occupations { node { id } } events { node { id } }',
  Occupation: 'parent { node { id } } children { node { id } } originatedFrom { node { id } type }',
  Policy:
    'policyType issuedOn periodStart periodEnd issuer { node { id } evidence { quote } } issuers { node { id } } appliesTo { node { id } } references { node { id } }',
  Event: 'periodStart periodEnd hosts { node { id } } organizers { node { id } } participants { node { id } }',
  Report: 'publishedOn publishers { node { id } } references { node { id } }',
};

type Rel = { node: { id: string } };

/** Entities located in a place at any depth (LOCATED_IN), the place included. */
function within(place: string): Set<string> {
  const found = new Set([place]);
  for (let grew = true; grew;) {
    grew = false;
    for (const r of seed.relationships)
      if (r.type === 'LOCATED_IN' && found.has(r.to) && !found.has(r.from)) grew = Boolean(found.add(r.from));
  }
  return found;
}

/** Policies that apply to a place within it, or that it or a body within it issued, by id. */
function policiesOf(place: string): string[] {
  const inside = within(place);
  const ids = seed.relationships
    .filter((r) => (r.type === 'APPLIES_TO' && inside.has(r.to)) || (r.type === 'ISSUED' && inside.has(r.from)))
    .map((r) => (r.type === 'ISSUED' ? r.to : r.from));
  return [...new Set(ids)].sort();
}

describe('entities by id', () => {
  it("reaches a place's policies through the bodies located in it, as OUTGOING when one of them issued it", async () => {
    const res = await graphql<{ place: { policies: (Rel & { type: string; direction: string })[] } }>(
      api.url,
      `
        {
          place(id: "place:zhejiang") {
            policies {
              node {
                id
              }
              type
              direction
            }
          }
        }
      `,
    );
    const policies = res.data!.place.policies;
    expect([...new Set(policies.map((p) => p.node.id))].sort()).toEqual(policiesOf('place:zhejiang'));
    // The Zhejiang Provincial Department of Commerce, located in Zhejiang, co-issued the Hangzhou base plan.
    expect(policies).toContainEqual({
      node: { id: 'policy:china-hangzhou-live-broadcast-e-commerce-industrial-base-three-year-development-plan' },
      type: 'ISSUED',
      direction: 'OUTGOING',
    });
  });

  it('answers each kind by id, with its typed relationships and their evidence', async () => {
    const res = await graphql<{ place: Record<string, unknown> & { parent: Rel & { evidence: { quote: string }[] }; policies: Rel[] } }>(
      api.url,
      `{ place(id: "place:guangzhou") { id kind name aliases description degree ${RELATION_SELECTIONS.Place} } }`,
    );
    expect(res.errors).toBeUndefined();
    const place = res.data!.place;
    expect(place).toMatchObject({ id: 'place:guangzhou', kind: 'PLACE', name: 'Guangzhou', placeType: 'CITY' });
    expect([...new Set(place.policies.map((p) => p.node.id))].sort()).toEqual(policiesOf('place:guangzhou'));
    expect(place.parent.evidence.length).toBeGreaterThan(0);
    const degree = seed.relationships.filter((r) => r.from === 'place:guangzhou' || r.to === 'place:guangzhou').length;
    expect(place.degree).toBe(degree);
  });

  it('answers every kind by id, and only with an entity of that kind', async () => {
    for (const [kind, [single]] of Object.entries(KIND_FIELDS)) {
      const entity = seed.entities.find((e) => e.type === kind)!;
      const other = seed.entities.find((e) => e.type !== kind)!;
      const res = await graphql<Record<string, { id: string; name: string; __typename: string } | null>>(
        api.url,
        `query($id: ID!, $other: ID!) { hit: ${single}(id: $id) { __typename id name } miss: ${single}(id: $other) { id } }`,
        { id: entity.id, other: other.id },
      );
      expect(res.errors, kind).toBeUndefined();
      expect(res.data!.hit, kind).toEqual({ __typename: kind, id: entity.id, name: entity.name });
      expect(res.data!.miss, kind).toBeNull();
    }
  });

  it('returns null for an unknown id or an id of another kind, and names a malformed id', async () => {
    const res = await graphql(api.url, '{ a: place(id: "place:atlantis") { id } b: place(id: "person:li-mingtao") { id } }');
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ a: null, b: null });
    const bad = await graphql(api.url, '{ place(id: "Guangzhou; DROP") { id } }');
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
  });

  it('resolves node and nodes by global id, in order, null for unknown ids', async () => {
    const res = await graphql<{ nodes: ({ __typename: string; id: string } | null)[] }>(
      api.url,
      '{ nodes(ids: ["person:sister-mi", "place:nowhere", "org:mixing-group"]) { __typename id } }',
    );
    expect(res.data!.nodes).toEqual([
      { __typename: 'Person', id: 'person:sister-mi' },
      null,
      { __typename: 'Organization', id: 'org:mixing-group' },
    ]);
    const tooMany = await graphql(api.url, 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
      ids: Array.from({ length: 101 }, (_, i) => `place:p${i}`),
    });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'ids' });
  });

  it('answers every typed relationship field of every kind for every entity, consistently with the seeds', async () => {
    for (const kind of ENTITY_KIND_NAMES) {
      const [, list] = KIND_FIELDS[kind]!;
      const res = await graphql<Record<string, { nodes: (Record<string, unknown> & { id: string })[] }>>(
        api.url,
        `{ ${list}(first: 100) { nodes { id kind ${RELATION_SELECTIONS[kind]} relationships { type direction node { id } evidence { id } } } } }`,
      );
      expect(res.errors, kind).toBeUndefined();
      const nodes = res.data![list]!.nodes;
      expect(nodes.length, kind).toBe(seed.entities.filter((e) => e.type === kind).length);
      for (const node of nodes) {
        const expected = seed.relationships.filter((r) => r.from === node.id || r.to === node.id).length;
        const rels = node.relationships as { evidence: unknown[] }[];
        expect(rels.length, node.id).toBe(expected);
        for (const r of rels) expect(r.evidence.length, node.id).toBeGreaterThan(0);
      }
    }
  });

  it('answers the first n of a relationship list, in the same order as the whole list', async () => {
    const children = async (args: string) => {
      const res = await graphql<{ place: { children: { node: { id: string } }[] } }>(
        api.url,
        `{ place(id: "place:china") { children${args} { node { id } } } }`,
      );
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return res.data!.place.children.map((r) => r.node.id);
    };
    const all = await children('');
    expect(all.length).toBeGreaterThan(2);
    expect(await children('(first: 2)')).toEqual(all.slice(0, 2));
    expect(await children('(first: 200)')).toEqual(all);
    const tooMany = await graphql(api.url, '{ place(id: "place:china") { children(first: 201) { node { id } } } }');
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
  });
});

describe('entity lists', () => {
  const all = async (list: string, args: string) => {
    const res = await graphql<Record<string, { totalCount: number; nodes: { id: string }[] }>>(
      api.url,
      `{ ${list}(${args}) { totalCount nodes { id } } }`,
    );
    expect(res.errors).toBeUndefined();
    return res.data![list]!;
  };

  it('counts the total in the page statement itself when it is selected', async () => {
    const places = seed.entities.filter((e) => e.type === 'Place').length;
    expect(await countRoundTrips(api, '{ places(first: 5) { nodes { id } } }')).toBe(1);
    expect(await countRoundTrips(api, '{ places(first: 5) { totalCount nodes { id } } }')).toBe(1);
    const res = await graphql<{ places: { totalCount: number; nodes: unknown[] } }>(
      api.url,
      '{ places(first: 5, filter: {placeTypes: [CITY]}) { totalCount nodes { id } } }',
    );
    expect(res.data!.places.nodes).toHaveLength(5);
    expect(res.data!.places.totalCount).toBe(seed.entities.filter((e) => e.placeType === 'city').length);
    const all = await graphql<{ places: { totalCount: number } }>(api.url, '{ places(first: 1) { totalCount } }');
    expect(all.data!.places.totalCount).toBe(places);
  });

  it('counts each kind as the seeds define it', async () => {
    for (const kind of ENTITY_KIND_NAMES) {
      const page = await all(KIND_FIELDS[kind]![1], 'first: 1');
      expect(page.totalCount, kind).toBe(seed.entities.filter((e) => e.type === kind).length);
    }
  });

  it('filters by name or alias, case-insensitively', async () => {
    expect((await all('people', 'filter: {nameContains: "mi jie"}')).nodes.map((n) => n.id)).toEqual(['person:sister-mi']);
    expect((await all('organizations', 'filter: {nameContains: "MI XING"}')).nodes.map((n) => n.id)).toEqual(['org:mixing-group']);
  });

  it('filters by kind-specific fields and relationships', async () => {
    const cities = await all('places', 'first: 100, filter: {placeTypes: [CITY]}');
    expect(cities.totalCount).toBe(seed.entities.filter((e) => e.placeType === 'city').length);
    const inGuangdong = await all('places', 'first: 100, filter: {within: "place:guangdong"}');
    expect(inGuangdong.nodes.map((n) => n.id)).toContain('place:guangzhou');
    const byBureau = await all('policies', 'filter: {issuedBy: "org:guangzhou-municipal-bureau-of-commerce"}');
    expect(byBureau.nodes.map((n) => n.id)).toEqual(['policy:guangzhou-live-broadcasting-e-commerce-development-action-plan-2020-2022']);
    const staff = await all('people', 'filter: {affiliatedWith: "org:mixing-group"}');
    expect(staff.nodes.map((n) => n.id)).toContain('person:sister-mi');
    const in2020 = await all('policies', 'filter: {issuedFrom: "2020", issuedTo: "2020"}');
    expect(in2020.totalCount).toBe(seed.entities.filter((e) => e.type === 'Policy' && e.issuedOn?.startsWith('2020')).length);
  });

  it('orders by degree and pages through all places with keyset cursors, forward and backward, without gaps', async () => {
    type Page = {
      places: {
        edges: { cursor: string; node: { id: string; degree: number } }[];
        pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string; startCursor: string };
      };
    };
    const query = `query($after: String, $before: String, $first: Int, $last: Int) {
      places(orderBy: {field: DEGREE, direction: DESC}, first: $first, after: $after, last: $last, before: $before) {
        edges { cursor node { id degree } } pageInfo { hasNextPage hasPreviousPage endCursor startCursor } } }`;
    const forward: { id: string; degree: number }[] = [];
    let after: string | undefined;
    for (let guard = 0; guard < 20; guard++) {
      const res = await graphql<Page>(api.url, query, { first: 4, after });
      expect(res.errors).toBeUndefined();
      forward.push(...res.data!.places.edges.map((e) => e.node));
      if (!res.data!.places.pageInfo.hasNextPage) break;
      after = res.data!.places.pageInfo.endCursor;
    }
    const total = seed.entities.filter((e) => e.type === 'Place').length;
    expect(new Set(forward.map((n) => n.id)).size).toBe(total);
    expect(forward.map((n) => n.degree)).toEqual([...forward.map((n) => n.degree)].sort((a, b) => b - a));

    const backward: string[] = [];
    let before: string | undefined;
    for (let guard = 0; guard < 20; guard++) {
      const res = await graphql<Page>(api.url, query, { last: 4, before });
      backward.unshift(...res.data!.places.edges.map((e) => e.node.id));
      if (!res.data!.places.pageInfo.hasPreviousPage) break;
      before = res.data!.places.pageInfo.startCursor;
    }
    expect(backward).toEqual(forward.map((n) => n.id));
  });

  it('names the argument at fault for bad page arguments', async () => {
    const cases: [string, string][] = [
      ['first: 10000', 'first'],
      // Int, as the Relay spec has it, so the range is ours to check.
      ['first: 0', 'first'],
      ['first: -5', 'first'],
      ['last: -1', 'last'],
      ['first: 2, last: 2', 'last'],
      ['after: "zzz"', 'after'],
      ['filter: {within: "not an id"}', 'filter.within'],
    ];
    await expectBadArguments(api.url, 'places', '{ totalCount }', cases);
  });
});

describe('round trips', () => {
  it('sends a number of queries bounded by the selection depth, not by the number of results', async () => {
    const nested = (n: number) =>
      `{ places(first: ${n}) { nodes { name parent { node { name } } policies { node { name issuers { node { name } } appliesTo { node { name } } } } children { node { name children { node { name } } } } } } }`;
    const count = (query: string) => countRoundTrips(api, query);
    const few = await count(nested(2));
    const many = await count(nested(25));
    // list + parent + policies + issuers + appliesTo + children + grandchildren = 7 batched queries at most.
    expect(many).toBeLessThanOrEqual(7);
    expect(many).toBe(few);
  });

  it("fetches the related entities' facts with the relationships when the query shows both", async () => {
    const FACTS = 'facts(first: 2) { id statement evidence { quote document { title } } }';
    const query = `{ places(first: 8, orderBy: { field: DEGREE, direction: DESC }) { nodes { id policies(first: 4) { node { id issuer { node { id ${FACTS} } } } } } } }`;
    // places, policies, issuers with their facts: no fourth statement for the facts.
    expect(await countRoundTrips(api, query)).toBe(3);
    type Issuer = { id: string; facts: { id: string }[] };
    const res = await graphql<{ places: { nodes: { policies: { node: { issuer: { node: Issuer } | null } }[] }[] } }>(api.url, query);
    const issuers = res.data!.places.nodes.flatMap((p) => p.policies.flatMap((r) => (r.node.issuer ? [r.node.issuer.node] : [])));
    expect(issuers.filter((i) => i.facts.length > 0).length).toBeGreaterThan(0);
    // The same facts as the issuer's own facts field answers on its own.
    for (const issuer of issuers) {
      const alone = await graphql<{ node: Issuer }>(api.url, `query($id: ID!) { node(id: $id) { ... on Entity { id ${FACTS} } } }`, {
        id: issuer.id,
      });
      expect(issuer).toEqual(alone.data!.node);
    }
  });
});
