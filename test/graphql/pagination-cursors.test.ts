import { describe, expect, it } from 'vitest';
import { expectBadArguments, graphql, useApiServer } from '../support/graph.js';

// Cursors are opaque to clients but are read back by the server: a forged one must be refused by
// argument, never turned into a keyset the database compares against (which answers an empty page).
const api = useApiServer();

/** A cursor carrying this JSON text, encoded the way the API encodes its own. */
const forge = (json: string) => Buffer.from(json, 'utf8').toString('base64url');

const FORGED = {
  'a map for sort value': '[{"a": 1}, "place:guangzhou"]',
  'a list for sort value': '[[1, 2], "place:guangzhou"]',
  'a number JSON cannot hold (1e400, Infinity once parsed)': '[1e400, "place:guangzhou"]',
  'an integer beyond 2^53, which parsing rounds': '[12345678901234567890, "place:guangzhou"]',
  'a boolean for sort value': '[true, "place:guangzhou"]',
  'an id that is not a string': '["Guangzhou", 7]',
  'a third item': '["Guangzhou", "place:guangzhou", 1]',
};

describe('forged cursors', () => {
  for (const [label, json] of Object.entries(FORGED)) {
    it(`with ${label} answer BAD_USER_INPUT naming the argument`, async () => {
      const cursor = forge(json);
      await expectBadArguments(api.url, 'places', '{ nodes { id } }', [
        [`first: 2, after: "${cursor}"`, 'after'],
        [`last: 2, before: "${cursor}"`, 'before'],
      ]);
      await expectBadArguments(api.url, 'facts', '{ nodes { id } }', [
        [`first: 2, orderBy: { field: VALUE }, after: "${cursor}"`, 'after'],
        [`last: 2, before: "${cursor}"`, 'before'],
      ]);
    });
  }
});

describe('cursors the API issued', () => {
  it('page on without gap or overlap, numeric sort values included', async () => {
    type Page = { facts: { nodes: { id: string; value: number | null }[]; pageInfo: { endCursor: string } } };
    const page = (after: string | null) =>
      graphql<Page>(
        api.url,
        'query ($after: String) { facts(first: 3, orderBy: { field: VALUE, direction: DESC }, after: $after) { nodes { id value } pageInfo { endCursor } } }',
        { after },
      );
    const all = await graphql<{ facts: { nodes: { id: string }[] } }>(
      api.url,
      '{ facts(first: 9, orderBy: { field: VALUE, direction: DESC }) { nodes { id } } }',
    );
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 3; i++) {
      const res: Awaited<ReturnType<typeof page>> = await page(after);
      expect(res.errors).toBeUndefined();
      const { nodes, pageInfo } = res.data!.facts;
      expect(nodes.every((n) => typeof n.value === 'number')).toBe(true);
      seen.push(...nodes.map((n) => n.id));
      after = pageInfo.endCursor;
    }
    expect(seen).toEqual(all.data!.facts.nodes.map((n) => n.id));
  });
});
