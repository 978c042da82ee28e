import { describe, expect, it } from 'vitest';
import { entityProjection } from '../../src/data/projection.js';
import { countSearchHits, fullTextSearch, type SearchKeyset, type SearchScope } from '../../src/data/search.js';
import { readSearchText } from '../../src/data/search-text.js';
import { ENTITY_KIND_NAMES } from '../../src/model/vocabulary.js';
import { fakeDatabase, tidy } from '../support/statements.js';

// What a search sends Neo4j: the indexes and kinds in scope, the text's query, phrases and words as
// parameters, and where a page starts. test/graphql/search.test.ts runs searches against the seeded indexes.

const EVERYTHING: SearchScope = { entityKinds: null, facts: true, documents: true };

/** The statement fullTextSearch sends for `text`. */
async function sent(text: string, scope: SearchScope = EVERYTHING, after: SearchKeyset | null = null) {
  const { db, sent } = fakeDatabase();
  await fullTextSearch(db, readSearchText(text), scope, { limit: 10, after }, entityProjection(['description']));
  expect(sent).toHaveLength(1);
  return { cypher: tidy(sent[0]!.cypher), params: sent[0]!.params };
}

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
    expect(some.cypher).toContain("WHERE source <> 'entity' OR node.kind IN $kinds");
  });

  it('leaves entities out for an empty list of kinds', async () => {
    expect((await sent('x', { entityKinds: [], facts: true, documents: false })).params.sources).toEqual(['fact']);
  });
});

describe('fullTextSearch: the ranking', () => {
  it('sends the query, the phrases names are compared with and the words, never the text itself in the statement', async () => {
    const { cypher, params } = await sent("Wenzhou's live*");
    expect(params).toMatchObject({
      query: readSearchText("Wenzhou's live*").lucene,
      phrases: ["wenzhou's live*", 'wenzhou live*', 'wenzhou live'],
      words: ['wenzhou', 'live'],
      after: null,
    });
    expect(cypher).not.toMatch(/wenzhou/i);
  });

  it('ranks by name, alias, name begun (shortest first), then missing words, then score and id', async () => {
    expect((await sent('Hang')).cypher).toMatchInlineSnapshot(`
      "UNWIND $sources AS source
      CALL db.index.fulltext.queryNodes($indexes[source], $query) YIELD node, score
      WITH source, node, score, CASE source
      WHEN 'entity' THEN [toLower(node.name)] + [a IN coalesce(node.aliases, []) | toLower(a)]
      ELSE [] END AS names, toLower(CASE source
      WHEN 'entity' THEN node.name + ' ' + coalesce(node.aliasText, '') + ' ' + coalesce(node.description, '')
      WHEN 'fact' THEN node.statement + ' ' + coalesce(node.valueText, '') + ' ' + coalesce(node.periodLabel, '')
      ELSE node.title + ' ' + coalesce(node.text, '') END) AS indexed
      WITH source, node, score, names, indexed, [n IN names WHERE any(p IN $phrases WHERE n STARTS WITH p) | size(n)] AS begun
      WITH source, node, score, CASE
      WHEN names[0] IN $phrases THEN 0
      WHEN any(a IN names[1..] WHERE a IN $phrases) THEN 1
      WHEN size(begun) > 0 THEN 2
      ELSE 3 + size([w IN $words WHERE NOT indexed CONTAINS w])
      END AS rank, reduce(shortest = 0, n IN begun | CASE WHEN shortest = 0 OR n < shortest THEN n ELSE shortest END) AS nameLength
      WITH source, node, score, rank, nameLength ORDER BY rank, nameLength, score DESC, node.id LIMIT $limit
      RETURN source, rank, nameLength, score, node.id AS id, CASE source WHEN 'entity' THEN node {.id, .kind, .name, .description} ELSE node {.*} END AS node"
    `);
  });

  it('starts a later page after the cursor hit, in ranking order', async () => {
    const after = { rank: 3, nameLength: 0, score: 1.5, id: 'fact:a' };
    const { cypher, params } = await sent('Hang', EVERYTHING, after);
    expect(params.after).toEqual(after);
    expect(cypher).toContain(
      'WHERE rank > $after.rank OR (rank = $after.rank AND (nameLength > $after.nameLength OR (nameLength = $after.nameLength',
    );
    expect(cypher).toContain('AND (score < $after.score OR (score = $after.score AND node.id > $after.id)))))');
  });

  it('sends nothing for a text without words', async () => {
    const { db, sent } = fakeDatabase();
    expect(await fullTextSearch(db, readSearchText('*?'), EVERYTHING, { limit: 10, after: null }, 'all')).toEqual([]);
    expect(await countSearchHits(db, readSearchText('"'), EVERYTHING)).toBe(0);
    expect(sent).toHaveLength(0);
  });
});

describe('countSearchHits', () => {
  it('counts the hits of the indexes in scope', async () => {
    const { db, sent } = fakeDatabase(() => [{ total: 7 }]);
    expect(await countSearchHits(db, readSearchText('Hang'), { entityKinds: ['Place'], facts: false, documents: false })).toBe(7);
    expect(tidy(sent[0]!.cypher)).toMatchInlineSnapshot(`
      "UNWIND $sources AS source
      CALL db.index.fulltext.queryNodes($indexes[source], $query) YIELD node, score
      WHERE source <> 'entity' OR node.kind IN $kinds RETURN count(*) AS total"
    `);
  });
});
