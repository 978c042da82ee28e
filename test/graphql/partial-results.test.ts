import { buildSchema, getNamedType, isNonNullType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../../src/graphql/type-defs.js';
import { graphql, useApiServer } from '../support/graph.js';

// Root fields are nullable (as GitHub's `repository` and `node` are): a refused argument costs its own
// field, not the response, so a page that asks for several things still shows what could be answered.
const api = useApiServer();
const schema = buildSchema(loadTypeDefs().join('\n'));

/** Every root list that pages with a cursor and needs no other argument: a cursor of ours is never "not-a-cursor". */
const pagedRootFields = Object.values(schema.getQueryType()!.getFields())
  .filter((field) => field.args.some((a) => a.name === 'after') && getNamedType(field.type).name.endsWith('Connection'))
  .filter((field) => field.args.every((a) => !isNonNullType(a.type)))
  .map((field) => field.name);

describe('partial results', () => {
  it('answers the other root fields when one has a bad argument, and names the argument', async () => {
    const res = await graphql<{ bad: null; stats: { nodeCount: number }; places: { nodes: unknown[] } }>(
      api.url,
      `
        {
          bad: facts(filter: { periodOverlaps: { from: "2024-01-01", to: "2023-01-01" } }) {
            totalCount
          }
          stats: graphStats {
            nodeCount
          }
          places(first: 2) {
            nodes {
              id
            }
          }
        }
      `,
    );
    expect(res.errors).toHaveLength(1);
    expect(res.errors?.[0]).toMatchObject({ path: ['bad'], extensions: { code: 'BAD_USER_INPUT', argument: 'filter.periodOverlaps' } });
    expect(res.data?.bad).toBeNull();
    expect(res.data?.stats.nodeCount).toBeGreaterThan(0);
    expect(res.data?.places.nodes).toHaveLength(2);
  });

  it('keeps every paged root list to itself when its cursor is refused', async () => {
    expect(pagedRootFields.length).toBeGreaterThanOrEqual(11);
    const selection = pagedRootFields.map((name) => `${name}: ${name}(after: "not-a-cursor") { totalCount }`).join('\n');
    const res = await graphql<Record<string, { nodeCount: number } | null>>(api.url, `{ ${selection} stats: graphStats { nodeCount } }`);
    expect(res.data?.stats?.nodeCount).toBeGreaterThan(0);
    for (const name of pagedRootFields) {
      expect(res.data?.[name], name).toBeNull();
      expect(res.errors?.find((e) => e.path?.[0] === name)?.extensions, name).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    }
  });
});
