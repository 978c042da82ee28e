import { describe, expect, it } from 'vitest';
import { keysetClauses, type KeysetPage } from '../../src/data/keyset.js';

// The keyset clauses twice over: their Cypher text as snapshots (in the manner of @neo4j/graphql's
// TCK, so a change to the generated Cypher shows in review), and their meaning, paged through in
// memory under Cypher's rules for ORDER BY and null, so a wrong clause fails without a database.

/** The clauses of one page as text: WHERE, ORDER BY, and the parameters when there are any. */
function cypher(descending: boolean, page: KeysetPage): string {
  const { where, orderBy, params } = keysetClauses('n.name', 'n.id', descending, page);
  return [`WHERE ${where}`, `ORDER BY ${orderBy}`, ...(Object.keys(params).length ? [`PARAMS ${JSON.stringify(params)}`] : [])].join('\n');
}

/** The first page, a page from a cursor with a sort value, and one from a cursor of an item without one. */
const variants = (descending: boolean, backward: boolean) =>
  [
    cypher(descending, { backward, size: 10, from: null }),
    cypher(descending, { backward, size: 10, from: { value: 'Hangzhou', id: 'place:hangzhou' } }),
    cypher(descending, { backward, size: 10, from: { value: null, id: 'place:x' } }),
  ].join('\n--\n');

describe('keysetClauses: Cypher', () => {
  it('ascending, forward (first/after)', () => {
    expect(variants(false, false)).toMatchInlineSnapshot(`
      "WHERE true
      ORDER BY n.name IS NULL, n.name ASC, n.id ASC
      --
      WHERE ((n.name > $cursorValue OR (n.name = $cursorValue AND n.id > $cursorId)) OR n.name IS NULL)
      ORDER BY n.name IS NULL, n.name ASC, n.id ASC
      PARAMS {"cursorValue":"Hangzhou","cursorId":"place:hangzhou"}
      --
      WHERE (n.name IS NULL AND n.id > $cursorId)
      ORDER BY n.name IS NULL, n.name ASC, n.id ASC
      PARAMS {"cursorValue":null,"cursorId":"place:x"}"
    `);
  });

  it('ascending, backward (last/before): reversed order, items without a value first', () => {
    expect(variants(false, true)).toMatchInlineSnapshot(`
      "WHERE true
      ORDER BY n.name IS NOT NULL, n.name DESC, n.id DESC
      --
      WHERE (n.name < $cursorValue OR (n.name = $cursorValue AND n.id < $cursorId))
      ORDER BY n.name IS NOT NULL, n.name DESC, n.id DESC
      PARAMS {"cursorValue":"Hangzhou","cursorId":"place:hangzhou"}
      --
      WHERE ((n.name IS NULL AND n.id < $cursorId) OR n.name IS NOT NULL)
      ORDER BY n.name IS NOT NULL, n.name DESC, n.id DESC
      PARAMS {"cursorValue":null,"cursorId":"place:x"}"
    `);
  });

  it('descending, forward (first/after)', () => {
    expect(variants(true, false)).toMatchInlineSnapshot(`
      "WHERE true
      ORDER BY n.name IS NULL, n.name DESC, n.id DESC
      --
      WHERE ((n.name < $cursorValue OR (n.name = $cursorValue AND n.id < $cursorId)) OR n.name IS NULL)
      ORDER BY n.name IS NULL, n.name DESC, n.id DESC
      PARAMS {"cursorValue":"Hangzhou","cursorId":"place:hangzhou"}
      --
      WHERE (n.name IS NULL AND n.id < $cursorId)
      ORDER BY n.name IS NULL, n.name DESC, n.id DESC
      PARAMS {"cursorValue":null,"cursorId":"place:x"}"
    `);
  });

  it('descending, backward (last/before)', () => {
    expect(variants(true, true)).toMatchInlineSnapshot(`
      "WHERE true
      ORDER BY n.name IS NOT NULL, n.name ASC, n.id ASC
      --
      WHERE (n.name > $cursorValue OR (n.name = $cursorValue AND n.id > $cursorId))
      ORDER BY n.name IS NOT NULL, n.name ASC, n.id ASC
      PARAMS {"cursorValue":"Hangzhou","cursorId":"place:hangzhou"}
      --
      WHERE ((n.name IS NULL AND n.id > $cursorId) OR n.name IS NOT NULL)
      ORDER BY n.name IS NOT NULL, n.name ASC, n.id ASC
      PARAMS {"cursorValue":null,"cursorId":"place:x"}"
    `);
  });

  it('passes the cursor as parameters only: a value that looks like Cypher never reaches the text', () => {
    const value = "x' OR true //";
    const id = 'place:a}) DETACH DELETE n //';
    for (const descending of [false, true]) {
      for (const backward of [false, true]) {
        const { where, orderBy, params } = keysetClauses('n.name', 'n.id', descending, { backward, size: 5, from: { value, id } });
        expect(where + orderBy).not.toContain('DELETE');
        expect(where + orderBy).not.toContain("x'");
        expect(params).toEqual({ cursorValue: value, cursorId: id });
      }
    }
  });
});

// ---- The clauses' meaning -----------------------------------------------------------------------

type Value = string | number | null;
interface Item {
  v: Value;
  id: string;
}
type Params = Record<string, unknown>;

/**
 * WHERE text over `x.v` and `x.id` as a predicate. It reads the little grammar keysetClauses writes
 * (parentheses, AND over OR, IS [NOT] NULL, comparisons with a parameter, true) and throws on anything
 * else, so a clause of another shape fails here rather than being misread. A comparison with null is
 * null in Cypher; with no NOT in the grammar a null can never turn true, so reading it as false is exact.
 */
function predicate(where: string): (item: Item, params: Params) => boolean {
  const tokens: string[] = [];
  const TOKEN = /\s*(\(|\)|AND\b|OR\b|true\b|x\.(?:v|id) (?:IS NOT NULL|IS NULL|[<>=] \$\w+))/y;
  while (TOKEN.lastIndex < where.length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(where);
    if (!m) throw new Error(`the model cannot read ${JSON.stringify(where.slice(at))} in ${where}`);
    tokens.push(m[1]!);
  }
  type Node = (item: Item, params: Params) => boolean;
  let i = 0;
  const next = () => tokens[i++];
  const atom = (token: string): Node => {
    const [, field, test, param] = /^x\.(v|id) (IS NOT NULL|IS NULL|[<>=]) ?\$?(\w+)?$/.exec(token)!;
    const get = (item: Item) => (field === 'v' ? item.v : item.id);
    if (test === 'IS NULL') return (item) => get(item) === null;
    if (test === 'IS NOT NULL') return (item) => get(item) !== null;
    return (item, params) => {
      const a = get(item);
      const b = params[param!] as Value;
      if (a === null || b === null) return false;
      return test === '<' ? a < b : test === '>' ? a > b : a === b;
    };
  };
  const factor = (): Node => {
    const token = next();
    if (token === '(') {
      const inner = disjunction();
      if (next() !== ')') throw new Error(`unbalanced parentheses in ${where}`);
      return inner;
    }
    if (token === 'true') return () => true;
    if (token === undefined || token === ')' || token === 'AND' || token === 'OR') throw new Error(`unexpected ${token} in ${where}`);
    return atom(token);
  };
  const conjunction = (): Node => {
    const parts = [factor()];
    while (tokens[i] === 'AND') {
      i++;
      parts.push(factor());
    }
    return (item, params) => parts.every((p) => p(item, params));
  };
  const disjunction = (): Node => {
    const parts = [conjunction()];
    while (tokens[i] === 'OR') {
      i++;
      parts.push(conjunction());
    }
    return (item, params) => parts.some((p) => p(item, params));
  };
  const result = disjunction();
  if (i !== tokens.length) throw new Error(`trailing ${tokens.slice(i).join(' ')} in ${where}`);
  return result;
}

/** ORDER BY text over `x.v` and `x.id` as a comparator, with Cypher's order: false before true, null last ascending and first descending. */
function comparator(orderBy: string): (a: Item, b: Item) => number {
  const keys = orderBy.split(', ').map((term) => {
    const m = /^x\.(v|id)(?: (IS NULL|IS NOT NULL))?(?: (ASC|DESC))?$/.exec(term);
    if (!m) throw new Error(`the model cannot read ORDER BY term ${JSON.stringify(term)}`);
    const [, field, test, dir] = m;
    const key = (item: Item): boolean | Value => {
      const value = field === 'v' ? item.v : item.id;
      return test === 'IS NULL' ? value === null : test === 'IS NOT NULL' ? value !== null : value;
    };
    const sign = dir === 'DESC' ? -1 : 1;
    return (a: Item, b: Item) => {
      const [x, y] = [key(a), key(b)];
      if (x === y) return 0;
      // An ascending order puts null after every value; DESC reverses it with the rest.
      if (x === null) return sign;
      if (y === null) return -sign;
      return (x < y ? -1 : 1) * sign;
    };
  });
  return (a, b) => keys.reduce((c, k) => c || k(a, b), 0);
}

/** Every item, page by page as a client would, in list order: forward from the start, or backward from the end. */
function pageThrough(items: Item[], descending: boolean, backward: boolean, size: number): string[] {
  const seen: string[] = [];
  let from: KeysetPage['from'] = null;
  for (let pages = 0; pages <= items.length + 1; pages++) {
    const { where, orderBy, params } = keysetClauses('x.v', 'x.id', descending, { backward, size, from });
    const keep = predicate(where);
    const rows = items
      .filter((item) => keep(item, params))
      .sort(comparator(orderBy))
      .slice(0, size + 1);
    const page = rows.slice(0, size).map((r) => r.id);
    if (backward) seen.unshift(...page.reverse());
    else seen.push(...page);
    if (rows.length <= size) return seen;
    // The next page starts from the item nearest the unread ones: the last row the page kept.
    const edge = rows[size - 1]!;
    from = { value: edge.v, id: edge.id };
  }
  throw new Error('paging did not end');
}

/** The list order the API documents: by value, then id, in the direction asked, items without a value last. */
function expected(items: Item[], descending: boolean): string[] {
  const sign = descending ? -1 : 1;
  const withValue = items.filter((i) => i.v !== null).sort((a, b) => sign * (a.v! < b.v! ? -1 : a.v! > b.v! ? 1 : a.id < b.id ? -1 : 1));
  const without = items.filter((i) => i.v === null).sort((a, b) => sign * (a.id < b.id ? -1 : 1));
  return [...withValue, ...without].map((i) => i.id);
}

// Ties on the value, items without one, in no particular order.
const NAMES: Item[] = [
  { v: 'Shenzhen', id: 'p03' },
  { v: null, id: 'p07' },
  { v: 'Guangzhou', id: 'p05' },
  { v: 'Hangzhou', id: 'p01' },
  { v: 'Guangzhou', id: 'p02' },
  { v: null, id: 'p04' },
  { v: 'Yiwu', id: 'p08' },
  { v: 'Hangzhou', id: 'p06' },
  { v: null, id: 'p09' },
];
const NUMBERS: Item[] = [
  { v: 40.8, id: 'f4' },
  { v: -3, id: 'f2' },
  { v: null, id: 'f6' },
  { v: 0, id: 'f1' },
  { v: 40.8, id: 'f3' },
  { v: 2_200_000_000_000, id: 'f5' },
  { v: null, id: 'f0' },
];

describe('keysetClauses: paging through a list', () => {
  describe.each([
    ['names', NAMES],
    ['numbers', NUMBERS],
  ])('of %s with ties and missing values', (_label, items) => {
    it.each([
      [false, false],
      [false, true],
      [true, false],
      [true, true],
    ])('descending %s, backward %s: every item once, in list order, at every page size', (descending, backward) => {
      const want = expected(items, descending);
      for (let size = 1; size <= items.length + 1; size++) {
        expect(pageThrough(items, descending, backward, size), `page size ${size}`).toEqual(want);
      }
    });
  });

  it('the model itself tells a wrong clause: without the id tie-break, ties are lost or repeated', () => {
    // Guards against a model lenient enough to pass anything: a clause comparing the value alone must fail it.
    const wrong = (item: Item, params: Params) => predicate('(x.v > $cursorValue OR x.v IS NULL)')(item, params);
    const cursor = { cursorValue: 'Guangzhou', cursorId: 'p02' };
    // p05 ties with the cursor's value and comes after it: the right clause keeps it, the wrong one loses it.
    const right = predicate(
      keysetClauses('x.v', 'x.id', false, { backward: false, size: 1, from: { value: 'Guangzhou', id: 'p02' } }).where,
    );
    const p05 = NAMES.find((n) => n.id === 'p05')!;
    expect([right(p05, cursor), wrong(p05, cursor)]).toEqual([true, false]);
  });
});
