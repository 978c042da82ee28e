import { describe, expect, it } from 'vitest';
import { Client, fetchExchange, type OperationResult, type TypedDocumentNode } from '@urql/core';
import { cacheExchange } from '@urql/exchange-graphcache';
import { parse, type DocumentNode } from 'graphql';
import { keys, schema } from '../../clients/urql-cache.js';
import { useApiServer } from '../support/graph.js';
import { captureWarnings, countingFetch, exampleOperations, overlappingPairs, selectionsWithoutId } from './support.js';

const api = useApiServer();
const warnings = captureWarnings();

/** An urql client with its defaults (GET for queries) and graphcache configured only from clients/urql-cache.ts. */
function client() {
  const requests = countingFetch();
  const urql = new Client({
    url: `${api.url}/graphql`,
    fetch: requests.fetch,
    exchanges: [cacheExchange({ schema, keys }), fetchExchange],
  });
  // Knowing the schema, graphcache may first answer a partial result from the cache (`stale`) while it fetches the rest.
  const query = async (document: DocumentNode, variables = {}) => {
    const result = await new Promise<OperationResult>((resolve) => {
      const { unsubscribe } = urql.query(document as TypedDocumentNode, variables).subscribe((r) => {
        if (r.stale) return;
        resolve(r);
        queueMicrotask(() => unsubscribe());
      });
    });
    expect(result.error?.message).toBeUndefined();
    return result;
  };
  return { query, requests };
}

describe('urql with @urql/exchange-graphcache from clients/urql-cache.ts', () => {
  it('example operations select the id of every object that has one (graphcache keys them by it)', () => {
    for (const op of exampleOperations) expect(selectionsWithoutId(op.document), op.file).toEqual([]);
  });

  it('runs every example operation, then answers them all again from its cache, with no warning', async () => {
    const { query, requests } = client();
    for (const _round of [1, 2]) for (const op of exampleOperations) expect((await query(op.document)).data, op.file).toBeTruthy();
    expect(requests.count).toBe(exampleOperations.length);
    expect(warnings).toEqual([]);
  });

  for (const [name, first, second] of overlappingPairs)
    it(`keeps both selections of ${name}: two requests for three queries, no warning`, async () => {
      const { query, requests } = client();
      const a = await query(parse(first));
      await query(parse(second));
      expect((await query(parse(first))).data).toEqual(a.data);
      expect(requests.count).toBe(2);
      expect(warnings).toEqual([]);
    });

  it('warns "Invalid key" for an object with an id selected without it (the test can tell)', async () => {
    const { query } = client();
    await query(parse('{ place(id: "place:guangzhou") { name } }'));
    expect(warnings.join('\n')).toMatch(/Invalid key/);
  });
});
