import { buildSchema, getOperationAST, parse, visit, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { CostTable, UnsizedListError } from '../../../src/graphql/analysis/list-sizes.js';
import { analyseOperation } from '../../../src/graphql/analysis/operation.js';
import { loadTypeDefs } from '../../../src/graphql/type-defs.js';
import { TEXT_LIMITS } from '../../../src/model/text-limits.js';

// The operation analysis on the real SDL, without a database: depth and cost as the limits read them,
// and the work it does on pathological documents, counted rather than timed.

const schema = buildSchema(loadTypeDefs().join('\n'));
const table = new CostTable(schema);

function analyse(query: string, variables: Record<string, unknown> = {}, on: GraphQLSchema = schema, costs = table) {
  const document = parse(query);
  return analyseOperation(costs, on, document, getOperationAST(document)!, variables);
}

/** Fields, spreads and inline fragments written in a document. */
function selectionsWritten(query: string): number {
  let n = 0;
  visit(parse(query), { Field: () => void n++, FragmentSpread: () => void n++, InlineFragment: () => void n++ });
  return n;
}

/** `levels` fragments, each spreading the next twice: written in a few hundred bytes, 2^levels paths when walked naively. */
function fanOut(levels: number, listField = '') {
  let fragments = '';
  for (let i = 0; i < levels; i++)
    fragments += `fragment H${i} on Place { id ${listField} ${i + 1 < levels ? `...H${i + 1} ...H${i + 1}` : ''} }\n`;
  return `{ place(id: "place:guangzhou") { ...H0 } }\n${fragments}`;
}

describe('operation analysis', () => {
  it('reads a fragment fan-out once per fragment: work linear in the document, not in its paths', () => {
    for (const levels of [10, 25, 40]) {
      const query = fanOut(levels, 'children(first: 2) { node { id } }');
      const analysis = analyse(query);
      expect(analysis.depth).toBe(4);
      // The response, place, and its children (2 × (relation + node)), whatever the number of spreads.
      expect(analysis.cost).toBe(1 + 1 * (1 + 2 * (1 + 1)));
      expect(analysis.selections.visited).toBeLessThanOrEqual(2 * selectionsWritten(query));
    }
  });

  it('reads a fan-out through fields once per distinct selection, and counts the cost of every path', () => {
    // Each level spreads the next under two fields: the response really has 2^levels paths.
    const levels = 12;
    let fragments = '';
    for (let i = 0; i < levels; i++) {
      const next = i + 1 < levels ? `...P${i + 1}` : 'id';
      fragments += `fragment P${i} on Place { parent { node { ${next} } } children(first: 1) { node { ${next} } } }\n`;
    }
    const query = `{ place(id: "place:guangzhou") { ...P0 } }\n${fragments}`;
    const analysis = analyse(query);
    expect(analysis.depth).toBe(1 + 2 * levels + 1);
    // Per level: two relations, each 1 + its node 1 + what lies below; cost(k) = 2 × (2 + cost(k+1)).
    let below = 0;
    for (let i = 0; i < levels; i++) below = 2 * (2 + below);
    expect(analysis.cost).toBe(1 + 1 + below);
    expect(analysis.selections.visited).toBeLessThanOrEqual(4 * selectionsWritten(query));
  });

  it('honours @skip and @include, with variables, as execution does', () => {
    const query =
      'query ($deep: Boolean!) { place(id: "place:guangzhou") { id children(first: 5) @include(if: $deep) { node { children(first: 5) { node { id } } } } } }';
    expect(analyse(query, { deep: false })).toMatchObject({ depth: 2, cost: 2 });
    expect(analyse(query, { deep: true })).toMatchObject({ depth: 6, cost: 2 + 5 * (2 + 5 * 2) });
    expect(analyse('{ place(id: "place:guangzhou") { id ... @skip(if: true) { children { node { id } } } } }').depth).toBe(2);
  });

  it('counts lists by their slicing argument, their default, or the size of the connection that holds them', () => {
    // A connection: its edges and nodes take the page size; pageInfo is one object more.
    expect(analyse('{ places(first: 7) { nodes { id } edges { node { id } } pageInfo { hasNextPage } } }').cost).toBe(
      1 + 1 + 7 + 7 * 2 + 1,
    );
    expect(analyse('{ places(last: 3) { nodes { id } } }').cost).toBe(1 + 1 + 3);
    // No page size given: the default page (20).
    expect(analyse('{ places { nodes { id } } }').cost).toBe(1 + 1 + 20);
    // nodes(ids): as many as ids given.
    expect(analyse('{ nodes(ids: ["place:a", "place:b", "place:c"]) { id } }').cost).toBe(1 + 3);
    expect(analyse('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: Array(40).fill('place:a') }).cost).toBe(1 + 40);
    // A neighbourhood: `limit` others besides the centre.
    expect(analyse('{ neighborhood(id: "place:guangzhou", limit: 10) { nodes { id } } }').cost).toBe(1 + 1 + 11);
    // An evidence list without `first`: its default (10), each with its document.
    expect(analyse('{ fact(id: "fact:x") { evidence { document { title } } } }').cost).toBe(1 + 1 + 10 * 2);
  });

  it('costs the nested-document query of the abuse report by everything it can return, text included', () => {
    const analysis = analyse('{ document(id: "doc:a") { evidence { document { evidence { document { text } } } } } }');
    const text = table.of('Document', 'text').weight;
    expect(text).toBeGreaterThan(100);
    expect(analysis.cost).toBe(1 + 1 * (1 + 100 * (1 + 1 * (1 + 100 * (1 + 1 * (1 + text))))));
  });

  it('adds the write cost per mutation field', () => {
    const analysis = analyse(
      'mutation { a: upsertEntity(input: { type: PLACE, id: "place:x", name: "X", mentions: [] }) { changed } b: upsertEntity(input: { type: PLACE, id: "place:y", name: "Y", mentions: [] }) { changed } }',
    );
    expect(analysis.cost).toBe(1 + 2 * 1 + 2 * 1_000);
  });

  it('refuses a schema with a list of objects that no @listSize bounds', () => {
    const unsized = buildSchema(
      'type Query { things: [Thing!]! sized: [Thing!]! @listSize(assumedSize: 3) } type Thing { id: ID } directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], extraItems: Int, max: Int) on FIELD_DEFINITION',
    );
    expect(() => new CostTable(unsized)).toThrow(UnsizedListError);
    expect(() => new CostTable(unsized)).toThrow(/Query\.things\b/);
  });
});

describe('text weights', () => {
  const BYTES_PER_UNIT = 4096;
  // JSON writes no code unit of our texts in more than 3 bytes (control characters are refused).
  const units = (chars: number) => Math.ceil((chars * 3) / BYTES_PER_UNIT);
  const list = (entries: number, chars: number) => Math.ceil((entries * (chars * 3 + 3)) / BYTES_PER_UNIT);
  it('weigh each long text at least its longest possible JSON size, from the seed format limits', () => {
    const { entity, evidence, fact, relationship, document } = TEXT_LIMITS;
    const expected: [string, number][] = [
      ['Document.text', units(document.text)],
      ['Document.authors', list(document.authors, document.author)],
      ['Document.publishedOnBasis', units(document.publishedOnBasis)],
      ['Document.sourceLanguageNote', units(document.sourceLanguageNote)],
      ['Evidence.quote', units(evidence.quote)],
      ['Fact.statement', units(fact.statement)],
      ['GraphEdge.how', units(relationship.how)],
      ...['Entity', 'Place', 'Person', 'Organization', 'Platform', 'Base', 'Occupation', 'Policy', 'Event', 'Report'].flatMap(
        (kind): [string, number][] => [
          [`${kind}.description`, units(entity.description)],
          [`${kind}.aliases`, list(entity.aliases, entity.alias)],
        ],
      ),
    ];
    for (const [field, needed] of expected) {
      const [type, name] = field.split('.') as [string, string];
      expect(table.of(type, name).weight, field).toBeGreaterThanOrEqual(needed);
    }
  });
});

describe('list sizes', () => {
  it('count an explicit null where the SDL has a default as the most the field returns', () => {
    // children has `first: PositiveInt = 50`; `first: null` overrides the default, and the resolver then answers up to 200.
    expect(analyse('{ place(id: "place:guangzhou") { children(first: null) { node { id } } } }').cost).toBe(1 + 1 + 200 * 2);
  });

  it('count a negative page size (first is an Int, as Relay has it) as no items, never as negative cost', () => {
    const pages = '{ places(first: 100) { nodes { id aliases } } }';
    const alone = analyse(pages).cost;
    expect(analyse('{ a: places(first: -100000) { nodes { id aliases } } b: places(first: 100) { nodes { id aliases } } }').cost).toBe(alone + 1);
  });
});
