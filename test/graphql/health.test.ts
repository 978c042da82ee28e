import { describe, expect, it } from 'vitest';
import { auditGraph } from '../../src/audit/checks.js';
import { seedSnapshot } from '../../src/audit/seed-snapshot.js';
import { readValidSeeds } from '../../src/seed/seed.js';
import { graphql, useApiServer } from '../support/graph.js';

const seed = readValidSeeds();
const audit = auditGraph(seedSnapshot(seed));
const api = useApiServer();

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('graphHealth', () => {
  it('answers the components, isolated entities and findings the seed graph gives', async () => {
    const res = await graphql<Data>(
      api.url,
      `
        {
          graphHealth {
            componentCount
            components(first: 100) {
              size
              members(first: 500) {
                id
              }
            }
            isolatedEntities(first: 500) {
              id
              kind
            }
            findingCount
            findings(first: 1000) {
              check
              item
              detail
              message
            }
          }
        }
      `,
    );
    expect(res.errors).toBeUndefined();
    const health = res.data!.graphHealth;
    expect(health.componentCount).toBe(audit.components.length);
    expect(health.components.map((c: Data) => c.members.map((m: Data) => m.id))).toEqual(audit.components);
    expect(health.components.map((c: Data) => c.size)).toEqual(audit.components.map((c) => c.length));
    expect(health.isolatedEntities.map((e: Data) => e.id)).toEqual(audit.components.filter((c) => c.length === 1).flat());
    expect(health.findingCount).toBe(audit.findings.length);
    expect(health.findings.map((f: Data) => [f.item, f.detail ?? undefined])).toEqual(audit.findings.map((f) => [f.item, f.detail]));
  });

  it('filters findings by check', async () => {
    const res = await graphql<Data>(api.url, '{ graphHealth { findings(checks: [ISOLATED], first: 1000) { check item } } }');
    const isolated = audit.findings.filter((f) => f.check === 'isolated');
    expect(res.data!.graphHealth.findings).toEqual(isolated.map((f) => ({ check: 'ISOLATED', item: f.item })));
  });

  it('refuses a page size above its maximum, naming the argument', async () => {
    const res = await graphql(api.url, '{ graphHealth { components(first: 101) { size } } }');
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
  });
});

describe('paths between entities the articles connect', () => {
  // Pairs whose link is one of the relationships the revised seeds add, with the quote that states it.
  const PAIRS = [
    ['platform:taobao', 'place:hangzhou'],
    ['org:bilibili', 'place:guangzhou'],
    ['platform:weibo', 'place:shenzhen'],
    ['person:gao-ji', 'place:guangzhou'],
    ['org:alibaba', 'platform:taobao-live'],
    ['platform:kuaishou', 'org:mixing-group'],
  ] as const;

  for (const [from, to] of PAIRS) {
    it(`finds a path from ${from} to ${to}, each step with its quote`, async () => {
      const res = await graphql<Data>(
        api.url,
        `
          query ($from: ID!, $to: ID!) {
            paths(from: $from, to: $to, maxHops: 6, limit: 1) {
              nodes {
                id
              }
              edges {
                evidence {
                  quote
                }
              }
            }
          }
        `,
        { from, to },
      );
      expect(res.errors).toBeUndefined();
      const [path] = res.data!.paths as Data[];
      expect(path, `${from} → ${to}`).toBeDefined();
      expect([path!.nodes[0].id, path!.nodes.at(-1).id]).toEqual([from, to]);
      for (const edge of path!.edges) expect(edge.evidence.length).toBeGreaterThan(0);
    });
  }
});
