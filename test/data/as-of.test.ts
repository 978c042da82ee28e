import { describe, expect, it } from 'vitest';
import { ENTITY_KIND_DECLARATIONS } from '../../src/model/entity-kinds.js';
import { relationshipKey } from '../../src/seed/checks.js';
import { readValidSeeds } from '../../src/seed/seed.js';
import { graphql, useApiServer } from '../support/graph.js';
import { publishedBy } from '../support/knowledge.js';

// As-of (src/data/as-of.ts): the state of knowledge on a day, against the seed files' documents and dates.
const seed = readValidSeeds();
const api = useApiServer();

const DAYS = ['2019-12-31', '2020-12-31', '2023-06-30', '2023-12-31', '2024-12-31'];
const knownBy = (evidence: { document: string }[], day: string) => evidence.some((e) => e.document && publishedBy(e.document, day));
const sorted = (list: string[]) => [...list].sort();

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

async function ask(query: string, variables: Record<string, unknown> = {}): Promise<Data> {
  const res = await graphql<Data>(api.url, query, variables);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

describe('as of a day', () => {
  it('keeps the facts, fact lookups and entities the documents published by then evidence', async () => {
    for (const day of DAYS) {
      const d = await ask(
        `query ($day: Date) { facts(asOf: $day, first: 1) { totalCount } places(asOf: $day, first: 1) { totalCount }
           platforms(asOf: $day, first: 100) { nodes { id } } }`,
        { day },
      );
      expect(d.facts.totalCount, day).toBe(seed.facts.filter((f) => knownBy(f.evidence, day)).length);
      const entities = (type: string) => seed.entities.filter((e) => e.type === type && knownBy(e.mentions, day));
      expect(d.places.totalCount, day).toBe(entities('Place').length);
      expect(sorted(d.platforms.nodes.map((p: Data) => p.id)), day).toEqual(sorted(entities('Platform').map((e) => e.id)));
    }
    // 2020 knew one article's facts; 2024 all five.
    expect(seed.facts.filter((f) => knownBy(f.evidence, '2020-12-31')).length).toBeLessThan(seed.facts.length);
    expect(seed.facts.every((f) => knownBy(f.evidence, '2024-12-31'))).toBe(true);
  });

  it('answers a fact by id only from the day a document published it', async () => {
    const fact = seed.facts.find((f) => f.evidence.every((e) => e.document === 'doc:shenzhen-daily-livestreaming-sales-2024'))!;
    const d = await ask(
      `query ($id: ID!) { before: fact(id: $id, asOf: "2024-11-27") { id } on: fact(id: $id, asOf: "2024-11-28") { id } always: fact(id: $id) { id } }`,
      { id: fact.id },
    );
    expect(d).toEqual({ before: null, on: { id: fact.id }, always: { id: fact.id } });
  });

  it('shows an entity read as of a day with the facts, mentions, documents and relationships known then', async () => {
    const place = seed.entities.find((e) => e.id === 'place:guangzhou')!;
    for (const day of ['2020-12-31', '2024-12-31']) {
      const d = await ask(
        `query ($day: Date) { place(id: "place:guangzhou", asOf: $day) {
           facts(first: 100) { id } explicit: facts(asOf: $day, first: 100) { id }
           mentions(first: 200) { start document { id } } documents(first: 200) { id }
           relationships(first: 200) { type direction node { id } } } }`,
        { day },
      );
      const facts = seed.facts.filter((f) => f.subjects.some((s) => s.entity === place.id) && knownBy(f.evidence, day)).map((f) => f.id);
      expect(sorted(d.place.facts.map((f: Data) => f.id)), day).toEqual(sorted(facts));
      expect(d.place.explicit).toEqual(d.place.facts);
      const mentioned = place.mentions.filter((m) => publishedBy(m.document, day));
      expect(d.place.mentions.length, day).toBe(new Set(mentioned.map((m) => `${m.document}@${m.start}`)).size);
      expect(sorted(d.place.documents.map((x: Data) => x.id)), day).toEqual(sorted([...new Set(mentioned.map((m) => m.document))]));
      const relationships = seed.relationships.filter((r) => (r.from === place.id || r.to === place.id) && knownBy(r.evidence, day));
      expect(d.place.relationships.length, day).toBe(new Set(relationships.map(relationshipKey)).size);
    }
  });

  it('lists the statements of people read as of a day as known by then', async () => {
    for (const day of ['2020-12-31', '2024-12-31']) {
      const d = await ask(`query ($day: Date) { people(asOf: $day, first: 100) { nodes { id statements { id } } } }`, { day });
      for (const person of d.people.nodes as Data[]) {
        const stated = seed.facts.filter((f) => f.statedBy === person.id && knownBy(f.evidence, day)).map((f) => f.id);
        expect(sorted(person.statements.map((f: Data) => f.id)), `${person.id} ${day}`).toEqual(sorted(stated));
      }
    }
  });

  it('answers null for an entity no document published by then names', async () => {
    const later = seed.entities.find((e) => e.mentions.every((m) => m.document === 'doc:shenzhen-daily-livestreaming-sales-2024'))!;
    const single = ENTITY_KIND_DECLARATIONS[later.type].single;
    const d = await ask(
      `query ($id: ID!) { before: ${single}(id: $id, asOf: "2024-11-27") { id } on: ${single}(id: $id, asOf: "2024-11-28") { id } }`,
      { id: later.id },
    );
    expect(d).toEqual({ before: null, on: { id: later.id } });
  });
});
