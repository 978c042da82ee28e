import { describe, expect, it } from 'vitest';
import { parse } from 'graphql';
import { possibleTypes, typePolicies } from '../../clients/apollo-cache.js';
import { graphql, useApiServer } from '../support/graph.js';
import { captureWarnings, countingFetch, exampleOperations, overlappingPairs } from './support.js';

// Apollo Client 4 checks its cache (and warns of data loss) only in development mode, which it reads at import.
(globalThis as { __DEV__?: boolean }).__DEV__ = true;
const { ApolloClient, HttpLink, InMemoryCache } = await import('@apollo/client');
const { loadDevMessages, loadErrorMessages } = await import('@apollo/client/dev');
loadDevMessages();
loadErrorMessages();

const api = useApiServer();
const warnings = captureWarnings();

/** An Apollo Client whose cache is configured only from the published artefacts (clients/). */
function client(cache = new InMemoryCache({ possibleTypes, typePolicies })) {
  const requests = countingFetch();
  return { apollo: new ApolloClient({ cache, link: new HttpLink({ uri: `${api.url}/graphql`, fetch: requests.fetch }) }), requests };
}

describe('Apollo Client 4 with InMemoryCache from clients/apollo-cache.ts', () => {
  it('runs every example operation, then answers them all again from its cache, with no warning', async () => {
    const { apollo, requests } = client();
    for (const round of [1, 2])
      for (const op of exampleOperations) {
        const result = await apollo.query({ query: op.document });
        expect(result.error, `${op.file} (round ${round})`).toBeUndefined();
        expect(result.data, op.file).toBeTruthy();
      }
    expect(requests.count).toBe(exampleOperations.length);
    expect(warnings).toEqual([]);
  });

  for (const [name, first, second] of overlappingPairs)
    it(`keeps both selections of ${name}: two requests for three queries, no warning`, async () => {
      const { apollo, requests } = client();
      const a = await apollo.query({ query: parse(first) });
      await apollo.query({ query: parse(second) });
      const again = await apollo.query({ query: parse(first) });
      expect(again.data).toEqual(a.data);
      expect(requests.count).toBe(2);
      expect(warnings).toEqual([]);
    });

  it('pages a connection selected with nodes only: fetchMore joins the pages', async () => {
    const { apollo } = client();
    const query = parse('query ($after: String) { places(first: 3, after: $after) { nodes { id } pageInfo { endCursor hasNextPage } } }');
    const page1 = await apollo.query<{ places: { pageInfo: { endCursor: string } } }>({ query });
    // What fetchMore sends: the next page from the network, merged into the same cached list.
    const after = page1.data!.places.pageInfo.endCursor;
    await apollo.query({ query, variables: { after }, fetchPolicy: 'network-only' });
    const joined = apollo.readQuery<{ places: { nodes: { id: string }[] } }>({ query })!;
    const sixPlaces = await graphql<{ places: { nodes: { id: string }[] } }>(api.url, '{ places(first: 6) { nodes { id } } }');
    expect(joined.places.nodes.map((n) => n.id)).toEqual(sixPlaces.data!.places.nodes.map((n) => n.id));
    expect(warnings).toEqual([]);
  });

  it('warns and refetches without the published type policies (the test can tell)', async () => {
    const { apollo, requests } = client(new InMemoryCache({ possibleTypes }));
    const [, first, second] = overlappingPairs.find(([name]) => name.startsWith('Fact'))!;
    await apollo.query({ query: parse(first) });
    await apollo.query({ query: parse(second) });
    await apollo.query({ query: parse(first) });
    expect(requests.count + warnings.length).toBeGreaterThan(2);
  });
});
