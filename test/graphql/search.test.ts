import { describe, expect, it } from 'vitest';
import { readValidSeeds } from '../../src/seed/seed.js';
import { expectBadArguments, graphql, useApiServer } from '../support/graph.js';

// Search for people who type: names begun or misspelt, ranking, which field matched and how,
// cursor pages, and input that is not words. Expected answers come from the seeds and articles.

const seed = readValidSeeds();
const api = useApiServer();

interface Hit {
  cursor: string;
  score: number;
  field: string;
  matchedBy: string;
  snippet: string;
  node: { __typename: string; id: string; name?: string; statement?: string; title?: string };
}
interface Page {
  edges: Hit[];
  nodes: { id: string }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

const QUERY = `query($text: String!, $kinds: [SearchKind!], $first: Int, $after: String) {
  search(text: $text, kinds: $kinds, first: $first, after: $after) {
    edges {
      cursor score field matchedBy snippet
      node {
        __typename
        ... on Entity { id name }
        ... on Fact { id statement }
        ... on Document { id title }
      }
    }
    nodes { ... on Node { id } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    totalCount
  } }`;

async function searchPage(variables: Record<string, unknown>): Promise<Page> {
  const res = await graphql<{ search: Page }>(api.url, QUERY, variables);
  expect(res.errors, JSON.stringify(variables)).toBeUndefined();
  return res.data!.search;
}

const search = async (variables: Record<string, unknown>): Promise<Hit[]> => (await searchPage(variables)).edges;
const ids = (hits: Hit[]) => hits.map((h) => h.node.id);

const ENTITY_TYPES = new Set<string>(seed.entities.map((e) => e.type));
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
const STRENGTH = ['EXACT_NAME', 'EXACT_ALIAS', 'NAME_PREFIX'];

/** A snippet is a stretch of the text, with … where it was cut. */
function expectSnippetOf(snippet: string, text: string) {
  const body = snippet.replace(/^…/, '').replace(/…$/, '');
  expect(flat(text)).toContain(body);
  expect(snippet.startsWith('…')).toBe(!flat(text).startsWith(body));
  expect(snippet.endsWith('…')).toBe(!flat(text).endsWith(body));
}

/** The seed entities whose name or an alias begins with `text` (case aside), shortest name or alias first. */
function entitiesBeginning(text: string) {
  const lower = text.toLowerCase();
  const begun = (e: (typeof seed.entities)[number]) => [e.name, ...e.aliases].filter((n) => n.toLowerCase().startsWith(lower));
  return seed.entities
    .filter((e) => begun(e).length > 0)
    .map((e) => ({ id: e.id, length: Math.min(...begun(e).map((n) => n.length)) }))
    .sort((a, b) => a.length - b.length);
}

describe('search: names', () => {
  it('ranks the entity named by the text first, saying its name matched exactly, then names that begin with it', async () => {
    const hits = await search({ text: 'Guangzhou' });
    expect(hits[0]).toMatchObject({
      field: 'name',
      matchedBy: 'EXACT_NAME',
      snippet: 'Guangzhou',
      node: { __typename: 'Place', id: 'place:guangzhou' },
    });
    const begun = entitiesBeginning('Guangzhou').filter((e) => e.id !== 'place:guangzhou');
    expect(begun.length).toBeGreaterThan(2);
    expect(new Set(ids(hits.slice(1, 1 + begun.length)))).toEqual(new Set(begun.map((e) => e.id)));
    for (const h of hits.slice(1, 1 + begun.length)) expect(h.matchedBy).toBe('NAME_PREFIX');
  });

  it('finds an entity by an alias, case aside, and says so', async () => {
    const sisterMi = seed.entities.find((e) => e.id === 'person:sister-mi')!;
    expect(sisterMi.aliases).toContain('Mi Jie');
    const [top] = await search({ text: 'mi JIE' });
    expect(top).toMatchObject({
      field: 'aliases',
      matchedBy: 'EXACT_ALIAS',
      node: { __typename: 'Person', id: 'person:sister-mi', name: sisterMi.name },
    });
    expect(top!.snippet).toContain('Mi Jie');
  });

  it.each([
    ['Hang', 'place:hangzhou'],
    ['Guangzho', 'place:guangzhou'],
    ['Kuai', 'platform:kuaishou'],
  ])('finds an entity from the first letters of its name: %s', async (text, id) => {
    // The closest completion (the shortest name beginning with the text) comes first.
    expect(entitiesBeginning(text)[0]!.id).toBe(id);
    const [top] = await search({ text });
    expect(top).toMatchObject({ field: 'name', matchedBy: 'NAME_PREFIX', node: { id } });
  });

  it('finds every entity on the first page while its name is being typed, before hits that merely contain the letters', async () => {
    // Every third entity of the seeds with a name of 6 characters or more.
    for (const e of seed.entities.filter((x, i) => i % 3 === 0 && x.name.length >= 6)) {
      const typed = e.name.slice(0, -2);
      const hits = await search({ text: typed });
      const hit = hits.find((h) => h.node.id === e.id);
      expect(hit, typed).toBeDefined();
      expect(STRENGTH, typed).toContain(hit!.matchedBy);
      // Every hit ranked by its name or an alias stands before every other.
      const kinds = hits.map((h) => STRENGTH.includes(h.matchedBy));
      expect(kinds, typed).toEqual([...kinds].sort((a, b) => Number(b) - Number(a)));
    }
  });

  it('finds a one-word name spelt with two letters swapped, saying it matched by a typo', async () => {
    const names = seed.entities.filter((e) => /^\p{L}{5,}$/u.test(e.name));
    expect(names.length).toBeGreaterThan(5);
    for (const e of names) {
      const n = e.name;
      const typo = n.slice(0, -3) + n[n.length - 2] + n[n.length - 3] + n.slice(-1);
      if (typo === n) continue;
      const hits = await search({ text: typo });
      const hit = hits.find((h) => h.node.id === e.id);
      expect(hit, typo).toBeDefined();
      expect(hit!.matchedBy, typo).toBe('FUZZY');
    }
    expect(ids(await search({ text: 'Guangzhuo', first: 5 }))).toContain('place:guangzhou');
  });

  it('reads a possessive as the name it belongs to, in the text and in the articles', async () => {
    expect((await search({ text: "Shenzhen's" }))[0]).toMatchObject({ matchedBy: 'EXACT_NAME', node: { id: 'place:shenzhen' } });
    expect((await search({ text: 'Shenzhen’s' }))[0]).toMatchObject({ node: { id: 'place:shenzhen' } });
    // Words an article's text has only with 's (the analyzer indexes "Bilibili's" as one word) are found bare.
    const cases = seed.documents.flatMap((d) =>
      [...new Set(Array.from(d.text.matchAll(/\b([A-Z][a-z]{3,})'s\b/g), (m) => m[1]!))]
        .filter((w) => !d.title.includes(w) && !new RegExp(`\\b${w}\\b(?!'s)`).test(d.text))
        .map((w) => [w, d.id] as const),
    );
    expect(cases.length).toBeGreaterThan(2);
    for (const [word, doc] of cases) {
      const hit = (await search({ text: word, kinds: ['DOCUMENT'] })).find((h) => h.node.id === doc);
      expect(hit, word).toMatchObject({ field: 'text' });
      expect(hit!.snippet, word).toContain(`${word}'s`);
    }
  });
});

describe('search: facts and documents', () => {
  // Every tenth fact of the seeds, in file order: not chosen for how well it ranks.
  const sample = seed.facts.filter((_, i) => i % 10 === 0);
  const STOP = new Set([
    'a',
    'an',
    'the',
    'of',
    'in',
    'on',
    'at',
    'to',
    'for',
    'and',
    'or',
    'by',
    'with',
    'from',
    'as',
    'is',
    'was',
    'its',
  ]);
  /** At most 200 characters, cut between words. */
  const upTo200 = (text: string) => (text.length <= 200 ? text : text.slice(0, text.lastIndexOf(' ', 200)));

  it.each([
    ['the statement', (s: string) => upTo200(s)],
    [
      'its key words',
      (s: string) =>
        upTo200(
          s
            .split(/\s+/)
            .filter((w) => !STOP.has(w.toLowerCase()))
            .join(' '),
        ),
    ],
  ])('ranks a fact among the first three for %s, above names that share a word', async (_, query) => {
    expect(sample.length).toBeGreaterThan(10);
    for (const fact of sample) {
      const hits = await search({ text: query(fact.statement), first: 3 });
      const hit = hits.find((h) => h.node.id === fact.id);
      expect(hit, fact.id).toBeDefined();
      expect(hit).toMatchObject({ field: 'statement', matchedBy: 'FULL_TEXT' });
    }
  });

  it('says a fact matched in its value text when the word is only there', async () => {
    const words = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu));
    const cases = seed.facts.flatMap((f) =>
      [...words(f.valueText ?? '')].filter((w) => w.length > 3 && !words(f.statement).has(w)).map((w) => [w, f] as const),
    );
    expect(cases.length).toBeGreaterThan(0);
    for (const [word, fact] of cases) {
      const hit = (await search({ text: word, kinds: ['FACT'], first: 100 })).find((h) => h.node.id === fact.id);
      expect(hit, word).toMatchObject({ field: 'valueText' });
      expect(hit!.snippet).toBe(fact.valueText);
    }
  });

  it('says a document matched in its title or in its text, with a snippet around the match', async () => {
    for (const doc of seed.documents) {
      const byTitle = (await search({ text: doc.title.slice(0, 200), kinds: ['DOCUMENT'] }))[0];
      expect(byTitle, doc.title).toMatchObject({ field: 'title', node: { id: doc.id } });
      expectSnippetOf(byTitle!.snippet, doc.title);
    }
    const hits = await search({ text: 'Shenzhen', kinds: ['FACT', 'DOCUMENT'], first: 100 });
    const doc = hits.find((h) => h.node.__typename === 'Document')!;
    const fact = hits.find((h) => h.node.__typename === 'Fact')!;
    for (const hit of [doc, fact]) {
      expect(hit.snippet.toLowerCase()).toContain('shenzhen');
      expect(hit.snippet.length).toBeLessThanOrEqual(170);
      expect(hit.matchedBy).toBe('FULL_TEXT');
    }
    const text = seed.documents.find((d) => d.id === doc.node.id)!;
    expectSnippetOf(doc.snippet, doc.field === 'title' ? text.title : text.text);
    expect(fact.node.statement).toBe(seed.facts.find((f) => f.id === fact.node.id)!.statement);
  });

  it('keeps to the kinds asked for', async () => {
    const facts = await search({ text: 'live broadcast sales', kinds: ['FACT'] });
    expect(facts.length).toBeGreaterThan(0);
    for (const h of facts) {
      expect(h.node.__typename).toBe('Fact');
      expect(['statement', 'valueText', 'periodLabel']).toContain(h.field);
    }
    const mixed = await search({ text: 'Guangzhou', kinds: ['PLACE', 'DOCUMENT'], first: 100 });
    expect(new Set(mixed.map((h) => h.node.__typename))).toEqual(new Set(['Place', 'Document']));
    const all = await search({ text: 'Guangzhou', first: 100 });
    expect(all.length).toBeGreaterThan(mixed.length);
    expect(all.some((h) => ENTITY_TYPES.has(h.node.__typename) && h.node.__typename !== 'Place')).toBe(true);
  });
});

describe('search: pages', () => {
  it('walks every hit in pages that join up to the ranking of one big page, with the total', async () => {
    const whole = await searchPage({ text: 'Guangzhou live', first: 100 });
    expect(whole.totalCount).toBeGreaterThan(20);
    const walked: Hit[] = [];
    let after: string | null = null;
    let page: Page;
    do {
      page = await searchPage({ text: 'Guangzhou live', first: 7, after });
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      expect(ids(page.edges)).toEqual(page.nodes.map((n) => n.id));
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
      expect(page.totalCount).toBe(whole.totalCount);
      walked.push(...page.edges);
      after = page.pageInfo.endCursor;
    } while (page.pageInfo.hasNextPage);
    expect(walked).toHaveLength(whole.totalCount);
    expect(new Set(ids(walked)).size).toBe(walked.length);
    expect(ids(walked).slice(0, 100)).toEqual(ids(whole.edges));
  });

  it('returns at most first hits', async () => {
    expect(await search({ text: 'live', first: 3 })).toHaveLength(3);
  });
});

describe('search: input that is not plain words', () => {
  it('treats Lucene syntax as plain words', async () => {
    for (const text of ['Guangzhou AND (', '"unclosed', 'title:', 'AND ~ * " \\', 'NOT', '[1 TO', 'a && b || !c', 'Guangzhou~', 'Guang*']) {
      const page = await searchPage({ text });
      expect(page.edges.length, text).toBeLessThanOrEqual(20);
    }
    expect(ids(await search({ text: 'Guangzhou AND (' }))).toEqual(ids(await search({ text: 'Guangzhou and' })));
    expect(ids(await search({ text: 'Guang*' }))).toEqual(ids(await search({ text: 'Guang' })));
  });

  it('finds nothing, without an error, in punctuation alone', async () => {
    for (const text of ['*', '\\', '~^{}/?', '"', '...'])
      expect(await searchPage({ text })).toMatchObject({ edges: [], nodes: [], totalCount: 0 });
  });

  it('takes Chinese text without an error', async () => {
    for (const text of ['广州', '直播电商 AND 广州', '广州的 Guangzhou']) await searchPage({ text });
    expect((await search({ text: '广州的 Guangzhou' })).length).toBeGreaterThan(0);
  });

  it('names a bad argument', async () => {
    await expectBadArguments(api.url, 'search', '{ totalCount }', [
      ['text: ""', 'text'],
      ['text: "   "', 'text'],
      [`text: "${'Guangzhou '.repeat(1000)}"`, 'text'],
      ['text: "Guangzhou", first: 101', 'first'],
      ['text: "Guangzhou", first: 0', 'first'],
      ['text: "Guangzhou", first: -5', 'first'],
      ['text: "Guangzhou", after: "not a cursor"', 'after'],
      // A list's cursor is not a search's: it holds a sort value and an id, not a rank.
      [`text: "Guangzhou", after: "${Buffer.from(JSON.stringify(['Guangzhou', 'place:guangzhou'])).toString('base64url')}"`, 'after'],
      [`text: "Guangzhou", after: "${Buffer.from(JSON.stringify([-1, 0, 1, 'place:guangzhou'])).toString('base64url')}"`, 'after'],
    ]);
  });
});
