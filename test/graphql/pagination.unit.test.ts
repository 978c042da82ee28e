import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import type { KeysetPage } from '../../src/data/keyset.js';
import { pageRequest, toPage, type PageArgs } from '../../src/graphql/pagination.js';

// Cursors and page arguments without a server, through what resolvers call: toPage writes cursors,
// pageRequest reads them back. test/graphql/pagination-cursors.test.ts checks the same over HTTP.

type Keyset = NonNullable<KeysetPage['from']>;

// The SDL's page sizes: "at most 100; 20 when neither first nor last is given".
const MAX_PAGE_SIZE = 100;
const DEFAULT_PAGE_SIZE = 20;

const count = () => Promise.resolve(42);

/** The cursor the API writes for an item with this keyset. */
const cursorOf = (keyset: Keyset): string => toPage(pageRequest({ first: 1 }), [keyset], (k) => k, count).edges[0]!.cursor;

/** A cursor carrying this JSON text, base64url like the API's own. */
const forge = (json: string) => Buffer.from(json, 'utf8').toString('base64url');

/** The GraphQL error `run` throws, or a failure when it throws none. */
function refusal(run: () => unknown): GraphQLError {
  try {
    run();
  } catch (err) {
    expect(err).toBeInstanceOf(GraphQLError);
    return err as GraphQLError;
  }
  throw new Error('expected a refusal, got none');
}

describe('cursors', () => {
  it.each<[string, Keyset]>([
    ['a string', { value: 'Guangzhou', id: 'place:guangzhou' }],
    ['an integer', { value: 2_200_000_000_000, id: 'fact:a' }],
    ['a negative fraction', { value: -58.9, id: 'fact:b' }],
    ['zero', { value: 0, id: 'fact:c' }],
    ['null (an item without a sort value)', { value: null, id: 'fact:d' }],
    ['text JSON must escape, and Chinese', { value: '广州 "live" \\ \n', id: 'place:广州' }],
  ])('give back the keyset of %s, forward and backward', (_label, keyset) => {
    const cursor = cursorOf(keyset);
    // URL- and JSON-safe without quoting: no +, / or = padding.
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(pageRequest({ first: 2, after: cursor }).from).toEqual(keyset);
    expect(pageRequest({ last: 2, before: cursor }).from).toEqual(keyset);
  });

  it('tell the number 1 from the string "1"', () => {
    expect(cursorOf({ value: 1, id: 'x' })).not.toBe(cursorOf({ value: '1', id: 'x' }));
    expect(pageRequest({ after: cursorOf({ value: '1', id: 'x' }) }).from?.value).toBe('1');
  });

  it.each([
    ['text that is not base64 of JSON', '!!!'],
    ['an empty cursor', ''],
    ['base64 of text that is not JSON', forge('place:guangzhou')],
    ['a JSON object', forge('{"value": "a", "id": "place:a"}')],
    ['a map for sort value', forge('[{"a": 1}, "place:a"]')],
    ['a list for sort value', forge('[[1, 2], "place:a"]')],
    ['a boolean for sort value', forge('[true, "place:a"]')],
    ['a number JSON parses to Infinity', forge('[1e400, "place:a"]')],
    ['an integer beyond 2^53, which parsing rounds', forge('[12345678901234567890, "place:a"]')],
    ['an id that is not a string', forge('["a", 7]')],
    ['one item', forge('["a"]')],
    ['a third item', forge('["a", "place:a", 1]')],
    // The same keyset in other bytes: only the exact text the API writes is one of its cursors.
    ['spaces the API does not write', forge('["a", "place:a"]')],
    ['base64 padding', `${cursorOf({ value: 'ab', id: 'place:a' })}=`],
  ])('refuse %s, naming the argument', (_label, cursor) => {
    for (const [args, argument] of [
      [{ first: 2, after: cursor }, 'after'],
      [{ last: 2, before: cursor }, 'before'],
    ] as const) {
      const error = refusal(() => pageRequest(args));
      expect(error.message).toBe(`Argument ${argument}: is not a cursor this API issued`);
      expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argument });
    }
  });

  it('refuse standard base64 for base64url, though Node decodes both alike', () => {
    // A keyset whose encoding has a - or _, so the standard alphabet writes other characters.
    const ours = cursorOf({ value: '>>>???', id: 'place:a' });
    const standard = Buffer.from(ours, 'base64url').toString('base64').replace(/=+$/, '');
    expect(standard).not.toBe(ours);
    expect(Buffer.from(standard, 'base64url').equals(Buffer.from(ours, 'base64url'))).toBe(true);
    expect(refusal(() => pageRequest({ after: standard })).extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'after' });
  });
});

describe('pageRequest', () => {
  const hangzhou = { value: 'Hangzhou', id: 'place:hangzhou' };
  const cursor = cursorOf(hangzhou);

  it('reads a forward page: the default size, or first, from after', () => {
    expect(pageRequest({})).toEqual({ backward: false, size: DEFAULT_PAGE_SIZE, from: null });
    expect(pageRequest({ first: 7 })).toEqual({ backward: false, size: 7, from: null });
    expect(pageRequest({ first: 7, after: cursor })).toEqual({ backward: false, size: 7, from: hangzhou });
  });

  it('reads a backward page from last, or from before alone, with the default size', () => {
    expect(pageRequest({ last: 3 })).toEqual({ backward: true, size: 3, from: null });
    expect(pageRequest({ last: 3, before: cursor })).toEqual({ backward: true, size: 3, from: hangzhou });
    expect(pageRequest({ before: cursor })).toEqual({ backward: true, size: DEFAULT_PAGE_SIZE, from: hangzhou });
  });

  it('treats an explicit null like an absent argument', () => {
    expect(pageRequest({ first: null, after: null, last: 2, before: null })).toEqual({ backward: true, size: 2, from: null });
    expect(pageRequest({ first: 2, last: null })).toEqual({ backward: false, size: 2, from: null });
  });

  it(`takes sizes from 1 to ${MAX_PAGE_SIZE}`, () => {
    expect(pageRequest({ first: 1 }).size).toBe(1);
    expect(pageRequest({ first: MAX_PAGE_SIZE }).size).toBe(MAX_PAGE_SIZE);
    expect(pageRequest({ last: MAX_PAGE_SIZE }).size).toBe(MAX_PAGE_SIZE);
  });

  it.each<[PageArgs, string, string]>([
    [{ first: 2, last: 2 }, 'last', 'cannot be combined with first'],
    [{ after: cursor, before: cursor }, 'before', 'cannot be combined with after'],
    [{ first: 0 }, 'first', `must be between 1 and ${MAX_PAGE_SIZE}, got 0`],
    [{ first: MAX_PAGE_SIZE + 1 }, 'first', `must be between 1 and ${MAX_PAGE_SIZE}, got ${MAX_PAGE_SIZE + 1}`],
    [{ last: -1 }, 'last', `must be between 1 and ${MAX_PAGE_SIZE}, got -1`],
    [{ last: MAX_PAGE_SIZE + 1, before: cursor }, 'last', `must be between 1 and ${MAX_PAGE_SIZE}, got ${MAX_PAGE_SIZE + 1}`],
    [{ before: 'nope' }, 'before', 'is not a cursor this API issued'],
  ])('refuses %j naming %s', (args, argument, problem) => {
    const error = refusal(() => pageRequest(args));
    expect(error.message).toBe(`Argument ${argument}: ${problem}`);
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argument });
  });
});

describe('toPage', () => {
  interface Item {
    id: string;
    name: string | null;
  }
  const keyOf = (item: Item): Keyset => ({ value: item.name, id: item.id });
  const items = (...ids: string[]): Item[] => ids.map((id) => ({ id, name: id.toUpperCase() }));

  it('cuts the extra row of a forward page and says there is a next page', () => {
    const page = toPage(pageRequest({ first: 2 }), items('a', 'b', 'c'), keyOf, count);
    expect(page.nodes.map((n) => n.id)).toEqual(['a', 'b']);
    expect(page.edges.map((e) => e.node.id)).toEqual(['a', 'b']);
    expect(page.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: page.edges[0]!.cursor,
      endCursor: page.edges[1]!.cursor,
    });
  });

  it('says there is a previous page when it starts from a cursor, and no next page without the extra row', () => {
    const req = pageRequest({ first: 2, after: cursorOf({ value: 'A', id: 'a' }) });
    expect(toPage(req, items('b', 'c'), keyOf, count).pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('puts the rows of a backward page, read in reverse, back in list order', () => {
    // Backward rows come nearest the cursor first: d, c, then the extra b.
    const req = pageRequest({ last: 2, before: cursorOf({ value: 'E', id: 'e' }) });
    const page = toPage(req, items('d', 'c', 'b'), keyOf, count);
    expect(page.nodes.map((n) => n.id)).toEqual(['c', 'd']);
    expect(page.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    expect(toPage(pageRequest({ last: 2 }), items('d', 'c'), keyOf, count).pageInfo).toMatchObject({
      hasPreviousPage: false,
      hasNextPage: false,
    });
  });

  it('gives each edge the cursor of its own item, which pages on from that item', () => {
    const page = toPage(pageRequest({ first: 3 }), [...items('a', 'b'), { id: 'z', name: null }], keyOf, count);
    expect(page.edges.map((e) => pageRequest({ after: e.cursor }).from)).toEqual([
      { value: 'A', id: 'a' },
      { value: 'B', id: 'b' },
      { value: null, id: 'z' },
    ]);
    expect(pageRequest({ last: 3, before: page.pageInfo.startCursor }).from).toEqual({ value: 'A', id: 'a' });
  });

  it('has no cursors on an empty page', () => {
    expect(toPage(pageRequest({ first: 5 }), [], keyOf, count).pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: false,
      startCursor: null,
      endCursor: null,
    });
  });

  it('counts only when totalCount is asked for', async () => {
    const counted = vi.fn(count);
    const page = toPage(pageRequest({}), items('a'), keyOf, counted);
    expect(counted).not.toHaveBeenCalled();
    expect(await page.totalCount()).toBe(42);
    expect(counted).toHaveBeenCalledOnce();
  });
});
