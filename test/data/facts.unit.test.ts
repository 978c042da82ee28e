import { describe, expect, it } from 'vitest';
import { factList, type FactListQuery } from '../../src/data/facts.js';
import type { KeysetPage } from '../../src/data/keyset.js';
import { showList as show } from '../support/statements.js';

// The fact list's statements as text and parameters (TCK-style snapshots): what each filter adds
// to the page and the count, and which parameters an absent bound leaves null.

const FIRST_PAGE: KeysetPage = { backward: false, size: 20, from: null };
const byId: FactListQuery['order'] = { sort: 'id', descending: false };

describe('factList', () => {
  it('keeps values in a range and periods inside a range, with null for an open bound', () => {
    const q: FactListQuery = { value: { min: 5 }, periodWithin: { from: '2023-01-01', to: '2023-10-31' }, order: byId };
    const list = factList(q, FIRST_PAGE);
    expect(list.count).toBe(
      'MATCH (f:Fact) WHERE f.periodStart IS NOT NULL AND f.periodStart >= date($withinFrom) AND f.periodEnd <= date($withinTo) AND f.value IS NOT NULL AND f.value >= $valueMin RETURN count(f) AS total',
    );
    expect(list.params).toMatchObject({ valueMin: 5, valueMax: null, withinFrom: '2023-01-01', withinTo: '2023-10-31' });
  });

  it('reads every fact by id when nothing filters', () => {
    expect(show(factList({ order: byId }, FIRST_PAGE))).toMatchInlineSnapshot(`
      "PAGE
      MATCH (f:Fact) WHERE true
      WITH f ORDER BY f.id IS NULL, f.id ASC, f.id ASC LIMIT $limit
      ROW f {.*}
      COUNT MATCH (f:Fact)  RETURN count(f) AS total
      PARAMS {"limit":21}"
    `);
  });

  it('adds each filter to the page and the count, with its values as parameters', () => {
    const q: FactListQuery = {
      subject: 'place:guangzhou',
      subjectRole: 'location',
      kinds: ['statistic', 'target'],
      metric: 'gmv',
      periodOverlaps: { from: '2023-01-01', to: '2023-12-31' },
      document: 'doc:a',
      statedBy: 'person:x',
      statementContains: 'Live Commerce',
      order: { sort: 'value', descending: true },
    };
    expect(show(factList(q, { backward: false, size: 3, from: { value: 40.8, id: 'fact:x' } }))).toMatchInlineSnapshot(`
      "PAGE
      MATCH (f:Fact) WHERE EXISTS { MATCH (f)-[a:ABOUT]->(s:Entity) WHERE ($subject IS NULL OR s.id = $subject) AND ($subjectRole IS NULL OR a.role = $subjectRole) } AND f.kind IN $kinds AND f.metric = $metric AND f.periodStart IS NOT NULL AND f.periodStart <= date($periodTo) AND f.periodEnd >= date($periodFrom) AND EXISTS { MATCH (f)-[:EVIDENCED_BY]->(:Evidence)-[:QUOTES]->(:Document {id: $document}) } AND EXISTS { MATCH (f)-[:STATED_BY]->(:Entity {id: $statedBy}) } AND toLower(f.statement) CONTAINS $statementText AND ((f.value < $cursorValue OR (f.value = $cursorValue AND f.id < $cursorId)) OR f.value IS NULL)
      WITH f ORDER BY f.value IS NULL, f.value DESC, f.id DESC LIMIT $limit
      ROW f {.*}
      COUNT MATCH (f:Fact) WHERE EXISTS { MATCH (f)-[a:ABOUT]->(s:Entity) WHERE ($subject IS NULL OR s.id = $subject) AND ($subjectRole IS NULL OR a.role = $subjectRole) } AND f.kind IN $kinds AND f.metric = $metric AND f.periodStart IS NOT NULL AND f.periodStart <= date($periodTo) AND f.periodEnd >= date($periodFrom) AND EXISTS { MATCH (f)-[:EVIDENCED_BY]->(:Evidence)-[:QUOTES]->(:Document {id: $document}) } AND EXISTS { MATCH (f)-[:STATED_BY]->(:Entity {id: $statedBy}) } AND toLower(f.statement) CONTAINS $statementText RETURN count(f) AS total
      PARAMS {"subject":"place:guangzhou","subjectRole":"location","kinds":["statistic","target"],"metric":"gmv","periodFrom":"2023-01-01","periodTo":"2023-12-31","document":"doc:a","statedBy":"person:x","statementText":"live commerce","cursorValue":40.8,"cursorId":"fact:x","limit":4}"
    `);
  });

  it('orders dates as their ISO text, so a cursor carries them as strings, and pages backward', () => {
    expect(
      show(
        factList(
          { order: { sort: 'periodStart', descending: true } },
          { backward: true, size: 4, from: { value: '2023-01-01', id: 'fact:y' } },
        ),
      ),
    ).toMatchInlineSnapshot(`
      "PAGE
      MATCH (f:Fact) WHERE (toString(f.periodStart) > $cursorValue OR (toString(f.periodStart) = $cursorValue AND f.id > $cursorId))
      WITH f ORDER BY toString(f.periodStart) IS NOT NULL, toString(f.periodStart) ASC, f.id ASC LIMIT $limit
      ROW f {.*}
      COUNT MATCH (f:Fact)  RETURN count(f) AS total
      PARAMS {"cursorValue":"2023-01-01","cursorId":"fact:y","limit":5}"
    `);
  });

  it('leaves out what is not asked: a subject without a role, a period open at one end', () => {
    const list = factList({ subject: 'place:guangzhou', periodOverlaps: { from: '2023-01-01' }, order: byId }, FIRST_PAGE);
    expect(list.params).toMatchObject({ subject: 'place:guangzhou', subjectRole: null, periodFrom: '2023-01-01', periodTo: null });
    expect(list.page).toContain('f.periodEnd >= date($periodFrom)');
    expect(list.page).not.toContain('$periodTo');
    // A role alone filters facts in which any subject has it.
    expect(factList({ subjectRole: 'issuer', order: byId }, FIRST_PAGE).params).toMatchObject({ subject: null, subjectRole: 'issuer' });
  });

  it('keeps an empty kinds list ("only facts of these kinds": none) and an empty metric as filters, rather than dropping them', () => {
    const list = factList({ metric: '', kinds: [], order: byId }, FIRST_PAGE);
    expect(list.count).toContain('f.kind IN $kinds');
    expect(list.count).toContain('f.metric = $metric');
    expect(list.params).toMatchObject({ metric: '', kinds: [] });
  });
});
