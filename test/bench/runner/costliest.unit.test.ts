import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { largestAccepted, sizeKnobs } from '../../../bench/runner/costliest.js';

const schema = buildSchema(`
  scalar PositiveInt
  type Query { places(first: PositiveInt, last: PositiveInt): PlaceConnection! }
  type PlaceConnection { nodes: [Place!]! }
  type Place { id: ID! name: String! facts(first: PositiveInt = 50): [Fact!]! tags(limit: Int!): [String!]! }
  type Fact { id: ID! subjects: [Place!]! }
`);

describe('sizeKnobs', () => {
  it('gives every field with a size argument a variable of that argument type, outer fields first', () => {
    const op = sizeKnobs(schema, '{ places { nodes { facts { subjects { id tags } } } } }');
    expect(op.knobs).toEqual([
      { variable: 'size0', field: 'Query.places(first)' },
      { variable: 'size1', field: 'Place.facts(first)' },
      { variable: 'size2', field: 'Place.tags(limit)' },
    ]);
    expect(op.query).toContain('query Costliest($size0: PositiveInt!, $size1: PositiveInt!, $size2: Int!)');
    expect(op.query).toContain('places(first: $size0)');
    expect(op.query).toContain('tags(limit: $size2)');
  });

  it('leaves a size the template gives alone', () => {
    expect(sizeKnobs(schema, '{ places(first: 3) { nodes { id } } }').knobs).toEqual([]);
  });

  it('refuses a template that does not fit the schema', () => {
    expect(() => sizeKnobs(schema, '{ places { nodes { nope } } }')).toThrow(/does not fit the schema: Cannot query field "nope"/);
  });
});

describe('largestAccepted', () => {
  // A cost like the server's: sizes multiply down the tree; each size is also capped (like first ≤ 100).
  const cost = ([outer = 1, inner = 1]: readonly number[]) => outer * (1 + 10 * inner);
  const server = (limit: number, cap: number) => {
    const asked: number[][] = [];
    const probe = async (sizes: readonly number[]) => {
      asked.push([...sizes]);
      return cost(sizes) <= limit && sizes.every((s) => s <= cap);
    };
    return { probe, asked };
  };

  it('raises the inner size to its cap, then the outer one as far as the limit allows', async () => {
    const { probe } = server(50_000, 100);
    const sizes = await largestAccepted(2, [1, 0], 1024, probe);
    expect(sizes).toEqual([49, 100]);
    expect(cost(sizes!)).toBeLessThanOrEqual(50_000);
    expect(cost([50, 100])).toBeGreaterThan(50_000);
  });

  it('stops at max when nothing refuses', async () => {
    expect(await largestAccepted(1, [0], 1000, server(Infinity, Infinity).probe)).toEqual([1000]);
  });

  it('answers undefined when even all ones are refused, after asking once', async () => {
    const { probe, asked } = server(5, 100);
    expect(await largestAccepted(2, [1, 0], 1024, probe)).toBeUndefined();
    expect(asked).toEqual([[1, 1]]);
  });

  it('takes a logarithmic number of probes', async () => {
    const { probe, asked } = server(1_000_000, 1_000_000);
    await largestAccepted(1, [0], 1024, probe);
    expect(asked.length).toBeLessThanOrEqual(12);
  });
});
