import { buildSchema, isObjectType, type GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ENTITY_PROPERTIES, FACT_PROPERTIES } from '../../src/data/projection.js';
import { FACT_FIELD_PROPERTIES } from '../../src/graphql/projection.js';
import { resolvers } from '../../src/graphql/resolvers/index.js';
import { loadTypeDefs } from '../../src/graphql/type-defs.js';
import { graphql, useApiServer } from '../support/graph.js';

// Statements return only the entity properties a query shows: every field must still answer as stored.
const api = useApiServer();

const FULL = `fragment full on Entity {
  id kind name aliases description degree
  ... on Place { placeType } ... on Person { title } ... on Organization { orgType } ... on Platform { platformType }
  ... on Base { baseType } ... on Policy { policyType issuedOn periodStart periodEnd } ... on Event { periodStart periodEnd }
  ... on Report { publishedOn }
}`;

type Entity = Record<string, unknown> & { id: string };

describe('selection-driven projection', () => {
  it('leaves no entity or fact field unanswered: each is a projected property or has a resolver of its own', () => {
    const schema = buildSchema(loadTypeDefs().join('\n'));
    const own = (type: string) => (resolvers as Record<string, Record<string, unknown> | undefined>)[type] ?? {};
    const unanswered = (type: GraphQLObjectType, projected: Set<string>) =>
      Object.keys(type.getFields()).filter((f) => !projected.has(f) && !(f in own(type.name)));
    const entityTypes = Object.values(schema.getTypeMap()).filter(
      (t): t is GraphQLObjectType => isObjectType(t) && t.getInterfaces().some((i) => i.name === 'Entity'),
    );
    expect(entityTypes.length).toBe(9);
    for (const type of entityTypes) expect(unanswered(type, new Set(ENTITY_PROPERTIES)), type.name).toEqual([]);
    const fact = schema.getType('Fact') as GraphQLObjectType;
    expect(unanswered(fact, new Set([...FACT_PROPERTIES, ...Object.keys(FACT_FIELD_PROPERTIES)]))).toEqual([]);
  });

  it('shows the same values for an entity whichever way the query reaches it', async () => {
    const reached = await graphql<{
      places: { nodes: (Entity & { policies: { node: Entity }[] })[] };
      neighborhood: { nodes: Entity[] };
      paths: { nodes: Entity[] }[];
    }>(
      api.url,
      `
        ${FULL}
        {
          places(first: 20) {
            nodes {
              ...full
              policies(first: 5) {
                node {
                  ...full
                }
              }
            }
          }
          neighborhood(id: "place:guangzhou", depth: 1, limit: 40) {
            nodes {
              ...full
            }
          }
          paths(from: "place:guangzhou", to: "platform:kuaishou", maxHops: 4, limit: 3) {
            nodes {
              ...full
            }
          }
        }
      `,
    );
    expect(reached.errors).toBeUndefined();
    const all = [
      ...reached.data!.places.nodes.flatMap(({ policies, ...place }) => [place, ...policies.map((p) => p.node)]),
      ...reached.data!.neighborhood.nodes,
      ...reached.data!.paths.flatMap((p) => p.nodes),
    ];
    const ids = [...new Set(all.map((e) => e.id))];
    expect(ids.length).toBeGreaterThan(30);
    const byId = await graphql<{ nodes: Entity[] }>(
      api.url,
      `
        ${FULL}
        query ($ids: [ID!]!) {
          nodes(ids: $ids) {
            ...full
          }
        }
      `,
      { ids: ids.slice(0, 100) },
    );
    const stored = new Map(byId.data!.nodes.map((e) => [e.id, e]));
    for (const entity of all) if (stored.has(entity.id)) expect(entity).toEqual(stored.get(entity.id));
    // Some of what was compared has the properties a narrow projection would have left out.
    expect(all.some((e) => typeof e.description === 'string' && e.description.length > 0)).toBe(true);
  });

  it('shows the same values for a fact through an entity as by its id', async () => {
    const FACT =
      'id kind statement metric value unit currency qualifier valueText period { start end label } change { value unit basis } rank rankOf';
    const res = await graphql<{ places: { nodes: { facts: (Record<string, unknown> & { id: string })[] }[] } }>(
      api.url,
      `{ places(first: 10, orderBy: { field: DEGREE, direction: DESC }) { nodes { facts(first: 20) { ${FACT} } } } }`,
    );
    const facts = res.data!.places.nodes.flatMap((n) => n.facts);
    expect(facts.length).toBeGreaterThan(10);
    expect(facts.some((f) => f.period !== null) && facts.some((f) => f.value !== null)).toBe(true);
    for (const fact of facts) {
      const byId = await graphql<{ fact: unknown }>(api.url, `query($id: ID!) { fact(id: $id) { ${FACT} } }`, { id: fact.id });
      expect(fact).toEqual(byId.data!.fact);
    }
  });

  it("shows the same document behind a quote, through an entity's facts, as by its id", async () => {
    const DOCUMENT = 'id title publisher authors publishedOn publishedOnBasis language sourceLanguageNote file sha256';
    const res = await graphql<{ place: { facts: { evidence: { document: Entity }[] }[] } }>(
      api.url,
      `{ place(id: "place:guangzhou") { facts(first: 20) { evidence { quote document { ${DOCUMENT} } } } } }`,
    );
    const documents = res.data!.place.facts.flatMap((f) => f.evidence.map((e) => e.document));
    expect(documents.length).toBeGreaterThan(0);
    for (const document of documents) {
      const byId = await graphql<{ document: unknown }>(api.url, `query($id: ID!) { document(id: $id) { ${DOCUMENT} } }`, {
        id: document.id,
      });
      expect(document).toEqual(byId.data!.document);
    }
  });

  it('shows the same values for a search hit as by its id, with or without the matched field', async () => {
    for (const extra of ['', 'field snippet']) {
      const res = await graphql<{ search: { edges: { node: Entity }[] } }>(
        api.url,
        `${FULL} { search(text: "live streaming", kinds: [PLACE, ORGANIZATION, PLATFORM, BASE, POLICY], first: 15) { edges { ${extra} node { ...full } } } }`,
      );
      const hits = res.data!.search.edges.map((h) => h.node);
      expect(hits.length).toBeGreaterThan(5);
      const byId = await graphql<{ nodes: Entity[] }>(
        api.url,
        `
          ${FULL}
          query ($ids: [ID!]!) {
            nodes(ids: $ids) {
              ...full
            }
          }
        `,
        { ids: hits.map((h) => h.id) },
      );
      expect(hits).toEqual(byId.data!.nodes);
    }
  });

  it('answers a narrow and a wide selection of the same entities in one request, each in full', async () => {
    const res = await graphql<{ narrow: Entity; wide: Entity }>(
      api.url,
      `
        ${FULL}
        {
          narrow: node(id: "place:guangzhou") {
            id
          }
          wide: node(id: "place:guangzhou") {
            ...full
          }
        }
      `,
    );
    expect(res.data!.narrow).toEqual({ id: 'place:guangzhou' });
    expect(res.data!.wide).toMatchObject({ id: 'place:guangzhou', kind: 'PLACE', placeType: 'CITY' });
    expect(typeof res.data!.wide.description).toBe('string');
  });

  it('asks Neo4j only for the properties shown', async () => {
    const statements: string[] = [];
    const stop = api.db.onQuery((cypher) => statements.push(cypher));
    try {
      await graphql(
        api.url,
        '{ places(first: 5) { nodes { id name facts(first: 2) { statement evidence { quote } } policies(first: 2) { node { name } } } } search(text: "Guangzhou", kinds: [PLACE]) { nodes { ... on Place { id } } } }',
      );
    } finally {
      stop();
    }
    expect(statements).toHaveLength(4);
    expect(statements.some((cypher) => /f \{\.id, \.kind, \.statement, evidence: /.test(cypher))).toBe(true);
    for (const cypher of statements) {
      // Entities and facts come projected (evidence is small and kept whole; search's other hits are not entities).
      expect(cypher).not.toMatch(/\b[nmf] \{\.\*\}|THEN node \{\.\*\}/);
      if (!cypher.includes('(f:Fact)')) expect(cypher).toMatch(/\{\.id, \.kind, \.name(, \.degree)?\}/);
      // Relationship quotes and the quoted documents were not asked for.
      if (!cypher.includes('(f:Fact)')) expect(cypher).not.toContain(':Evidence');
      expect(cypher).not.toContain(':Document');
    }
  });
});
