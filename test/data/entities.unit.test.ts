import { describe, expect, it } from 'vitest';
import { entityList, type EntityListQuery } from '../../src/data/entities.js';
import type { KeysetPage } from '../../src/data/keyset.js';
import { entityProjection } from '../../src/data/projection.js';
import { showList as show } from '../support/statements.js';

// The statements of an entity list as text and parameters (TCK-style snapshots): what each filter
// adds, what the count shares with the page, and that only allow-listed names reach the text.

const FIRST_PAGE: KeysetPage = { backward: false, size: 20, from: null };

const byName: EntityListQuery['order'] = { property: 'name', descending: false };

describe('entityList', () => {
  it('reads a kind by name, with no filter: the page matches everything but the keyset, the count everything', () => {
    expect(show(entityList({ label: 'Place', order: byName }, FIRST_PAGE, entityProjection([])))).toMatchInlineSnapshot(`
      "PAGE
      MATCH (n:Place) WHERE true
      WITH n ORDER BY n.name IS NULL, n.name ASC, n.id ASC LIMIT $limit
      ROW n {.id, .kind, .name}
      COUNT MATCH (n:Place)  RETURN count(n) AS total
      PARAMS {"limit":21}"
    `);
  });

  it('adds each filter to both the page and the count, its values as parameters', () => {
    const q: EntityListQuery = {
      label: 'Policy',
      nameContains: 'Live-Streaming',
      enumFilter: { property: 'policyType', values: ['plan', 'measures'] },
      within: 'place:guangzhou',
      related: { type: 'ISSUED', direction: 'INCOMING', id: 'org:guangzhou-commerce-bureau' },
      order: { property: 'issuedOn', descending: true },
    };
    const page: KeysetPage = { backward: false, size: 5, from: { value: '2020-03-01', id: 'policy:x' } };
    expect(show(entityList(q, page, entityProjection(['description'])))).toMatchInlineSnapshot(`
      "PAGE
      MATCH (n:Policy) WHERE (toLower(n.name) CONTAINS $text OR any(a IN n.aliases + coalesce(n.nameValues, []) WHERE toLower(a) CONTAINS $text)) AND n.policyType IN $enumValues AND EXISTS { MATCH (n)-[:LOCATED_IN*1..8]->(:Entity {id: $within}) } AND EXISTS { MATCH (n)<-[:ISSUED]-(:Entity {id: $relatedId}) } AND ((n.issuedOn < $cursorValue OR (n.issuedOn = $cursorValue AND n.id < $cursorId)) OR n.issuedOn IS NULL)
      WITH n ORDER BY n.issuedOn IS NULL, n.issuedOn DESC, n.id DESC LIMIT $limit
      ROW n {.id, .kind, .name, .description, .issuedOn}
      COUNT MATCH (n:Policy) WHERE (toLower(n.name) CONTAINS $text OR any(a IN n.aliases + coalesce(n.nameValues, []) WHERE toLower(a) CONTAINS $text)) AND n.policyType IN $enumValues AND EXISTS { MATCH (n)-[:LOCATED_IN*1..8]->(:Entity {id: $within}) } AND EXISTS { MATCH (n)<-[:ISSUED]-(:Entity {id: $relatedId}) } RETURN count(n) AS total
      PARAMS {"text":"live-streaming","enumValues":["plan","measures"],"within":"place:guangzhou","relatedId":"org:guangzhou-commerce-bureau","cursorValue":"2020-03-01","cursorId":"policy:x","limit":6}"
    `);
  });

  it('bounds a date property at the precision given: a year, or a month', () => {
    const list = entityList(
      { label: 'Policy', dates: { property: 'issuedOn', from: '2020', to: '2021-06' }, order: byName },
      FIRST_PAGE,
      'all',
    );
    expect(list.count).toContain('left(n.issuedOn, size($dateFrom)) >= $dateFrom AND left(n.issuedOn, size($dateTo)) <= $dateTo');
    expect(list.params).toMatchObject({ dateFrom: '2020', dateTo: '2021-06' });
    // An open end adds no bound.
    expect(
      entityList({ label: 'Policy', dates: { property: 'issuedOn', to: '2021' }, order: byName }, FIRST_PAGE, 'all').count,
    ).not.toContain('$dateFrom');
  });

  it('follows a relationship outward, and pages backward', () => {
    const q: EntityListQuery = {
      label: 'Place',
      related: { type: 'LOCATED_IN', direction: 'OUTGOING', id: 'place:guangdong' },
      order: { property: 'degree', descending: true },
    };
    expect(show(entityList(q, { backward: true, size: 3, from: null }, 'all'))).toMatchInlineSnapshot(`
      "PAGE
      MATCH (n:Place) WHERE EXISTS { MATCH (n)-[:LOCATED_IN]->(:Entity {id: $relatedId}) } AND true
      WITH n ORDER BY n.degree IS NOT NULL, n.degree ASC, n.id ASC LIMIT $limit
      ROW n {.*}
      COUNT MATCH (n:Place) WHERE EXISTS { MATCH (n)-[:LOCATED_IN]->(:Entity {id: $relatedId}) } RETURN count(n) AS total
      PARAMS {"relatedId":"place:guangdong","limit":4}"
    `);
  });

  it('asks for one row more than the page, to know whether another follows', () => {
    for (const size of [1, 20, 100])
      expect(entityList({ label: 'Person', order: byName }, { ...FIRST_PAGE, size }, 'all').params.limit).toBe(size + 1);
  });

  it('returns the sort property with every row, whatever the selection, since cursors are made of it', () => {
    expect(
      entityList({ label: 'Place', order: { property: 'degree', descending: false } }, FIRST_PAGE, entityProjection(['name'])).row,
    ).toBe('n {.id, .kind, .name, .degree}');
    expect(entityList({ label: 'Place', order: byName }, FIRST_PAGE, entityProjection(['name'])).row).toBe('n {.id, .kind, .name}');
  });

  it('lower-cases the name filter once, in the parameter, to match lower-cased names and aliases', () => {
    const list = entityList({ label: 'Person', nameContains: 'Li JIAQI', order: byName }, FIRST_PAGE, 'all');
    expect(list.params.text).toBe('li jiaqi');
    expect(list.page).toContain('toLower(n.name) CONTAINS $text');
    expect(list.page).not.toContain('Li JIAQI');
  });

  it.each<[string, Partial<EntityListQuery>]>([
    ['a label', { label: 'Place) DETACH DELETE n //' as EntityListQuery['label'] }],
    ['a filtered property', { enumFilter: { property: 'name} RETURN 1 //' as 'placeType', values: [] } }],
    ['a relationship type', { related: { type: 'KNOWS]->() DELETE n //' as 'ISSUED', direction: 'OUTGOING', id: 'place:x' } }],
    ['a sort property', { order: { property: 'password' as 'name', descending: false } }],
    ['a date property', { dates: { property: 'issuedOn) OR true //' as 'issuedOn', from: '2020' } }],
  ])('refuses %s outside the vocabulary before writing any Cypher', (_what, change) => {
    expect(() => entityList({ label: 'Place', order: byName, ...change }, FIRST_PAGE, 'all')).toThrow(/is not in the graph vocabulary/);
  });
});
