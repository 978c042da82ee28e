import { describe, expect, it } from 'vitest';
import { entityProjection } from '../../src/data/projection.js';
import { fullTextSearch, type SearchScope } from '../../src/data/search.js';
import { ENTITY_KIND_NAMES } from '../../src/model/vocabulary.js';
import { fakeDatabase, tidy } from '../support/statements.js';

// What a search sends Neo4j: the user's text as a Lucene query that always parses, and the indexes
// and kinds in scope. test/graphql/search.test.ts runs searches against the seeded indexes.

const EVERYTHING: SearchScope = { entityKinds: null, facts: true, documents: true };
const SPECIAL = '+-&|!(){}[]^"~*?:\\/';

/** The Lucene query and the statement fullTextSearch sends for `text`. */
async function sent(text: string, scope: SearchScope = EVERYTHING) {
  const { db, sent } = fakeDatabase();
  await fullTextSearch(db, text, scope, 10, entityProjection(['description']));
  expect(sent).toHaveLength(1);
  return { query: sent[0]!.params.query as string, cypher: tidy(sent[0]!.cypher), params: sent[0]!.params };
}

/**
 * The query with every escaped character removed, checked to be `(T) OR name:(T)^4`: whatever the
 * input, the only syntax left is our own wrapper, and the same terms are searched in every field and in names.
 */
function unescapedTerms(query: string): string {
  const bare = query.replace(/\\[\s\S]/g, '');
  const m = /^\((.*)\) OR name:\((.*)\)\^4$/s.exec(bare);
  expect(m, query).not.toBeNull();
  expect(m![1]).toBe(m![2]);
  return m![1]!;
}

describe('fullTextSearch: the Lucene query', () => {
  it('searches the words as given, in any field, and in entity names with a boost', async () => {
    expect((await sent('Guangzhou live commerce')).query).toBe('(Guangzhou live commerce) OR name:(Guangzhou live commerce)^4');
  });

  it.each([...SPECIAL])('escapes %s with a backslash', async (ch) => {
    expect((await sent(`a${ch}b`)).query).toBe(`(a\\${ch}b) OR name:(a\\${ch}b)^4`);
  });

  it('writes AND, OR and NOT as plain words, lower-cased, but leaves words that contain them alone', async () => {
    expect((await sent('ANDROID AND NOTION OR NOT ORDER')).query).toBe(
      '(ANDROID and NOTION or not ORDER) OR name:(ANDROID and NOTION or not ORDER)^4',
    );
  });

  it.each([
    'title:"live" AND (guangzhou OR',
    'name:(x)^4 OR *',
    '\\',
    '"unbalanced',
    '{!lucene} a && b || !c',
    'a~0.8 b^10 [1 TO 5] /re.*x/',
    '直播电商 AND 广州 -淘宝',
    '',
  ])('leaves no Lucene syntax of its own in %j', async (text) => {
    const terms = unescapedTerms((await sent(text)).query);
    expect(terms).not.toMatch(/[+\-&|!(){}[\]^"~*?:\\/]/);
    expect(terms).not.toMatch(/\b(AND|OR|NOT)\b/);
  });

  it('keeps every character of the text, escaped or not', async () => {
    const text = `${SPECIAL} plain 直播 AND`;
    const { query } = await sent(text);
    const inner = query.slice(1, query.indexOf(') OR name:('));
    expect(inner.replace(/\\([\s\S])/g, '$1')).toBe(`${SPECIAL} plain 直播 and`);
  });
});

describe('fullTextSearch: scope', () => {
  it('queries the indexes in scope, with no kind filter when every kind is asked for', async () => {
    const all = await sent('x', { entityKinds: [...ENTITY_KIND_NAMES], facts: false, documents: true });
    expect(all.params).toMatchObject({ sources: ['entity', 'document'], kinds: null, limit: 10 });
    expect(all.params.indexes).toEqual({ entity: 'entity_text', fact: 'fact_text', document: 'document_text' });
    expect(all.cypher).not.toContain('$kinds');
  });

  it('filters entity hits by kind when some kinds are asked for', async () => {
    const some = await sent('x', { entityKinds: ['Place', 'Policy'], facts: true, documents: false });
    expect(some.params).toMatchObject({ sources: ['entity', 'fact'], kinds: ['Place', 'Policy'] });
    expect(some.cypher).toMatchInlineSnapshot(`
      "UNWIND $sources AS source
      CALL db.index.fulltext.queryNodes($indexes[source], $query) YIELD node, score
      WHERE source <> 'entity' OR node.kind IN $kinds
      WITH source, node, score ORDER BY score DESC, node.id LIMIT $limit
      RETURN source, score, CASE source WHEN 'entity' THEN node {.id, .kind, .name, .description} ELSE node {.*} END AS node"
    `);
  });

  it('leaves entities out for an empty list of kinds', async () => {
    expect((await sent('x', { entityKinds: [], facts: true, documents: false })).params.sources).toEqual(['fact']);
  });
});
