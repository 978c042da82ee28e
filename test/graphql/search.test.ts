import { describe, expect, it } from 'vitest';
import { readValidSeeds } from '../../src/seed/seed.js';
import { expectBadArguments, graphql, useApiServer } from '../support/graph.js';

const seed = readValidSeeds();
const api = useApiServer();

interface Hit {
  score: number;
  field: string;
  snippet: string;
  node: { __typename: string; id: string; name?: string; statement?: string; title?: string };
}

const QUERY = `query($text: String!, $kinds: [SearchKind!], $first: PositiveInt) {
  search(text: $text, kinds: $kinds, first: $first) {
    score field snippet
    node {
      __typename
      ... on Entity { id name }
      ... on Fact { id statement }
      ... on Document { id title }
    }
  } }`;

async function search(variables: Record<string, unknown>): Promise<Hit[]> {
  const res = await graphql<{ search: Hit[] }>(api.url, QUERY, variables);
  expect(res.errors, JSON.stringify(variables)).toBeUndefined();
  return res.data!.search;
}

const ENTITY_TYPES = new Set<string>(seed.entities.map((e) => e.type));
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A snippet is a stretch of the text, with … where it was cut. */
function expectSnippetOf(snippet: string, text: string) {
  const body = snippet.replace(/^…/, '').replace(/…$/, '');
  expect(flat(text)).toContain(body);
  expect(snippet.startsWith('…')).toBe(!flat(text).startsWith(body));
  expect(snippet.endsWith('…')).toBe(!flat(text).endsWith(body));
}

describe('search', () => {
  it('ranks the entity named by the words first, and says the name matched', async () => {
    const hits = await search({ text: 'Guangzhou' });
    expect(hits.length).toBeGreaterThan(1);
    expect(hits[0]).toMatchObject({ field: 'name', snippet: 'Guangzhou', node: { __typename: 'Place', id: 'place:guangzhou' } });
    expect(hits.find((h) => h.node.__typename === 'Place')!.node.id).toBe('place:guangzhou');
    const scores = hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('finds an entity by an alias', async () => {
    const sisterMi = seed.entities.find((e) => e.id === 'person:sister-mi')!;
    expect(sisterMi.aliases).toContain('Mi Jie');
    const [top] = await search({ text: 'Mi Jie' });
    expect(top).toMatchObject({ field: 'aliases', node: { __typename: 'Person', id: 'person:sister-mi', name: sisterMi.name } });
    expect(top!.snippet).toContain('Mi Jie');
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

  it('finds facts and documents with a snippet around the match', async () => {
    const hits = await search({ text: 'Shenzhen', kinds: ['FACT', 'DOCUMENT'], first: 100 });
    const doc = hits.find((h) => h.node.__typename === 'Document')!;
    const fact = hits.find((h) => h.node.__typename === 'Fact')!;
    expect(doc).toBeDefined();
    expect(fact).toBeDefined();
    for (const hit of [doc, fact]) {
      expect(hit.snippet.toLowerCase()).toContain('shenzhen');
      expect(hit.snippet.length).toBeLessThanOrEqual(170);
    }
    const text = seed.documents.find((d) => d.id === doc.node.id)!;
    expectSnippetOf(doc.snippet, doc.field === 'title' ? text.title : text.text);
    const statement = seed.facts.find((f) => f.id === fact.node.id)!;
    expect(fact.node.statement).toBe(statement.statement);
  });

  it('returns at most first hits', async () => {
    expect(await search({ text: 'live', first: 3 })).toHaveLength(3);
  });

  it('treats Lucene syntax as plain words', async () => {
    for (const text of ['Guangzhou AND (', '"unclosed', 'title:', '\\', '*', 'NOT', '[1 TO', 'a && b || !c', '~^{}/?']) {
      const hits = await search({ text });
      expect(Array.isArray(hits), text).toBe(true);
    }
    expect((await search({ text: 'Guangzhou AND (' }))[0]?.node.id).toBe('place:guangzhou');
  });

  it('names a bad argument', async () => {
    await expectBadArguments(api.url, 'search', '{ score }', [
      ['text: "   "', 'text'],
      ['text: "Guangzhou", first: 101', 'first'],
    ]);
  });
});
