import { describe, expect, it } from 'vitest';
import { ENTITY_KIND_DECLARATIONS } from '../../src/model/entity-kinds.js';
import { readValidSeeds } from '../../src/seed/seed.js';
import { graphql, useApiServer } from '../support/graph.js';

// Names in other languages (Entity.names): shown as the seeds give them, and found by search like aliases.
const seed = readValidSeeds();
const api = useApiServer();
const named = seed.entities.filter((e) => (e.names ?? []).length > 0);

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('names in other languages', () => {
  it('shows every entity with the names its seed files give, origin as an enum', async () => {
    expect(named.length).toBeGreaterThan(50);
    for (const e of named) {
      const single = ENTITY_KIND_DECLARATIONS[e.type].single;
      const res = await graphql<Data>(api.url, `query ($id: ID!) { e: ${single}(id: $id) { names { value lang origin } aliases } }`, {
        id: e.id,
      });
      expect(res.errors).toBeUndefined();
      expect(res.data!.e, e.id).toEqual({ names: e.names!.map((n) => ({ ...n, origin: 'CURATOR' })), aliases: e.aliases });
    }
  });

  it('finds each entity first by its Chinese name, as an exact alias', async () => {
    for (const e of named) {
      for (const { value } of e.names!) {
        const res = await graphql<Data>(
          api.url,
          `
            query ($text: String!) {
              search(text: $text, first: 3) {
                edges {
                  matchedBy
                  node {
                    ... on Entity {
                      id
                    }
                  }
                }
              }
            }
          `,
          { text: value },
        );
        expect(res.errors).toBeUndefined();
        expect(res.data!.search.edges[0], value).toEqual({ matchedBy: 'EXACT_ALIAS', node: { id: e.id } });
      }
    }
  });

  it('finds them with nameContains in the kind lists', async () => {
    const res = await graphql<Data>(api.url, '{ platforms(filter: { nameContains: "淘宝" }) { nodes { id } } }');
    expect(res.data!.platforms.nodes.map((n: Data) => n.id).sort()).toEqual(['platform:taobao', 'platform:taobao-live']);
  });
});
