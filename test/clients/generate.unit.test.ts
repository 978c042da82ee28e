import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { clientSchema } from '../../src/clients/client-schema.js';
import { generateClientFiles, scalarTypes } from '../../src/clients/generate.js';
import { objectTypes } from '../../src/clients/schema-shape.js';
import { embeddedTypes } from '../../clients/urql-cache.js';

const committed = (file: string) => readFileSync(new URL(`../../clients/${file}`, import.meta.url), 'utf8');

describe('published client artefacts (clients/)', () => {
  const files = generateClientFiles(clientSchema());

  it('are what `npm run clients:generate` writes from the SDL now (run it after changing schema/)', () => {
    for (const [file, text] of Object.entries(files)) expect(committed(file), `clients/${file} is stale`).toBe(text);
  });

  it('map every custom scalar to a TypeScript type, and refuse a scalar without one', () => {
    expect(Object.keys(JSON.parse(files['scalars.json']!)).sort()).toEqual(['Date', 'NonNegativeInt', 'PartialDate', 'PositiveInt']);
    expect(() => scalarTypes(buildSchema('scalar Money type Query { price: Money }'))).toThrow(/scalar Money/);
  });

  it('list every interface and union with its object types', () => {
    const possible = JSON.parse(files['possibleTypes.json']!) as Record<string, string[]>;
    expect(possible.Node).toEqual(expect.arrayContaining(['Place', 'Fact', 'Document', 'Evidence', 'GraphEdge']));
    expect(possible.Entity).not.toContain('Fact');
    expect(possible.SearchResult).toEqual(expect.arrayContaining(['Place', 'Fact', 'Document']));
  });

  it('embed exactly the object types without an id, in both caches', () => {
    const { embedded, identified } = objectTypes(buildSchema('type Query { a: A b: B } type A { id: ID! } type B { x: Int }'));
    expect({ embedded, identified }).toEqual({ embedded: ['B'], identified: ['A'] });
    for (const type of ['Period', 'Change', 'FactSubject', 'PageInfo', 'PlaceEdge']) {
      expect(files['apollo-cache.ts']).toContain(`  ${type}: { keyFields: false, merge: true`);
      expect(embeddedTypes).toContain(type);
    }
    for (const type of ['Place', 'Relationship', 'GraphEdge']) expect(embeddedTypes).not.toContain(type);
  });

  it('document in the SDL every embedded value object as one (connections, their edges and payloads aside)', () => {
    const schema = clientSchema();
    const valueObjects = objectTypes(schema).embedded.filter((t) => !/(Connection|Edge|Payload|^PageInfo)$/.test(t));
    expect(valueObjects).toEqual(expect.arrayContaining(['Period', 'Change', 'FactSubject']));
    for (const type of valueObjects) expect(schema.getType(type)!.description, type).toContain('An embedded value object');
  });

  it('page connection fields by their non-cursor arguments', () => {
    expect(files['apollo-cache.ts']).toContain('places: connection(["filter","orderBy","asOf"])');
    expect(files['apollo-cache.ts']).toContain('search: connection(["text","kinds"])');
  });

  it('carry @specifiedBy on the custom scalars in the printed schema', () => {
    for (const scalar of ['Date', 'PartialDate', 'NonNegativeInt', 'PositiveInt'])
      expect(files['schema.graphql']).toMatch(new RegExp(`scalar ${scalar} @specifiedBy\\(url: "`));
  });
});
