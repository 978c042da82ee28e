import { afterEach, beforeEach, vi } from 'vitest';
import { Kind, parse, TypeInfo, visit, visitWithTypeInfo, getNamedType, isObjectType, isInterfaceType, type DocumentNode } from 'graphql';
import { clientSchema } from '../../src/clients/client-schema.js';
import { loadOperations } from '../../src/http/operations.js';

/** The example operations (operations/*.graphql), parsed; each carries its variables as defaults. */
export const exampleOperations = loadOperations().map((op) => ({ file: op.file, document: parse(op.query) }));

/**
 * Pairs of queries that select different fields of the same objects, as two screens of a front-end
 * would: a cache must keep both selections, so asking for the first again sends no request.
 */
export const overlappingPairs: [name: string, first: string, second: string][] = [
  [
    'Policy.issuers',
    '{ policy(id: "policy:guangzhou-live-broadcasting-e-commerce-development-action-plan-2020-2022") { id issuers { id node { id name } } } }',
    '{ policy(id: "policy:guangzhou-live-broadcasting-e-commerce-development-action-plan-2020-2022") { id issuers { id role evidence { id quote } } } }',
  ],
  [
    'Person.affiliations',
    '{ person(id: "person:li-mingtao") { id affiliations { id organization { id name } } } }',
    '{ person(id: "person:li-mingtao") { id affiliations { id role evidence { id quote } } } }',
  ],
  [
    'Place.parent',
    '{ place(id: "place:guangzhou") { id parent { id node { id name } } } }',
    '{ place(id: "place:guangzhou") { id parent { id evidence { id quote } } } }',
  ],
  [
    'Fact.period, Fact.subjects',
    '{ fact(id: "fact:000-china-live-commerce-sales-2023-jan-oct") { id period { start end } subjects { role entity { id } } } }',
    '{ fact(id: "fact:000-china-live-commerce-sales-2023-jan-oct") { id period { label } subjects { entity { id name } } } }',
  ],
  [
    'places: nodes and edges',
    '{ places(first: 5) { totalCount nodes { id name } } }',
    '{ places(first: 5) { edges { cursor node { id placeType } } pageInfo { hasNextPage endCursor } } }',
  ],
];

/** Every place in a document where an object type that has an `id` is selected without it. */
export function selectionsWithoutId(document: DocumentNode): string[] {
  const typeInfo = new TypeInfo(clientSchema());
  const missing: string[] = [];
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(field) {
        const type = getNamedType(typeInfo.getType());
        if (!field.selectionSet || !(isObjectType(type) || isInterfaceType(type)) || !type.getFields().id) return;
        const selectsId = field.selectionSet.selections.some((s) => s.kind === Kind.FIELD && s.name.value === 'id');
        if (!selectsId) missing.push(`${field.name.value}: ${type.name}`);
      },
    }),
  );
  return missing;
}

/** Counts the HTTP requests a client sends: its `fetch`. */
export function countingFetch(): { fetch: typeof fetch; readonly count: number } {
  let count = 0;
  return {
    fetch: (input, init) => {
      count++;
      return fetch(input, init);
    },
    get count() {
      return count;
    },
  };
}

/** The console warnings (and errors) logged during each test, by a client's dev-mode checks. */
export function captureWarnings(): string[] {
  const warnings: string[] = [];
  beforeEach(() => {
    warnings.length = 0;
    const record = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    vi.spyOn(console, 'warn').mockImplementation(record);
    vi.spyOn(console, 'error').mockImplementation(record);
  });
  afterEach(() => vi.restoreAllMocks());
  return warnings;
}
