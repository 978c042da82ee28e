import { afterAll, describe, expect, it } from 'vitest';
import { STANDING } from '../../src/data/fact-standing.js';
import { readValidSeeds } from '../../src/seed/seed.js';
import { graphql, sharedDatabase, useApiServer } from '../support/graph.js';
import { preferenceInSeeds, rivalsInSeeds } from '../support/knowledge.js';

// Conflicting values side by side (src/data/fact-standing.ts), against what the seed files say.
const seed = readValidSeeds();
const api = useApiServer();

interface Standing {
  id: string;
  preference: string;
  preferenceReason: string;
  conflicts: { id: string }[];
  agreements: { id: string }[];
}

const ids = (list: { id: string }[]) => list.map((x) => x.id).sort();

describe('conflicting values', () => {
  it('links every seed fact to the facts that give another or the same value for what it measures, with its preference', async () => {
    const page = (after: string | null) =>
      graphql<{ facts: { nodes: Standing[]; pageInfo: { endCursor: string; hasNextPage: boolean } } }>(
        api.url,
        `
          query ($after: String) {
            facts(orderBy: { field: ID }, first: 100, after: $after) {
              nodes {
                id
                preference
                preferenceReason
                conflicts {
                  id
                }
                agreements {
                  id
                }
              }
              pageInfo {
                endCursor
                hasNextPage
              }
            }
          }
        `,
        { after },
      );
    const first = await page(null);
    expect(first.errors).toBeUndefined();
    const rest = first.data!.facts.pageInfo.hasNextPage ? await page(first.data!.facts.pageInfo.endCursor) : undefined;
    const nodes = [...first.data!.facts.nodes, ...(rest?.data?.facts.nodes ?? [])];
    expect(new Set(nodes.map((f) => f.id)).size).toBe(seed.facts.length);
    let conflicting = 0;
    for (const f of nodes) {
      expect(ids(f.conflicts), f.id).toEqual(rivalsInSeeds(f.id, false));
      expect(ids(f.agreements), f.id).toEqual(rivalsInSeeds(f.id, true));
      expect(f.preference, f.id).toBe(preferenceInSeeds(f.id));
      for (const c of f.conflicts) expect(f.preferenceReason, f.id).toContain(c.id);
      if (f.conflicts.length > 0) conflicting++;
    }
    // The seeds hold four pairs (China's sales, its anchors, its contribution to growth, and two sales of one festival).
    expect(conflicting).toBe(8);
  });

  it('keeps only the preferences asked for, and counts them', async () => {
    const res = await graphql<Record<string, { totalCount: number; nodes: { id: string }[] }>>(
      api.url,
      `
        {
          preferred: facts(filter: { preference: [PREFERRED] }, first: 100) {
            totalCount
            nodes {
              id
            }
          }
          deprecated: facts(filter: { preference: [DEPRECATED] }, first: 100) {
            totalCount
            nodes {
              id
            }
          }
          best: facts(filter: { preference: [PREFERRED, NORMAL] }, first: 1) {
            totalCount
          }
        }
      `,
    );
    expect(res.errors).toBeUndefined();
    const inSeeds = (p: string) =>
      seed.facts
        .filter((f) => preferenceInSeeds(f.id) === p)
        .map((f) => f.id)
        .sort();
    expect(ids(res.data!.preferred!.nodes)).toEqual(inSeeds('PREFERRED'));
    expect(ids(res.data!.deprecated!.nodes)).toEqual(inSeeds('DEPRECATED'));
    expect(inSeeds('DEPRECATED').length).toBeGreaterThan(0);
    expect(res.data!.best!.totalCount).toBe(seed.facts.length - inSeeds('DEPRECATED').length);
  });
});

describe('agreements', () => {
  const db = sharedDatabase();
  afterAll(() => db.close());

  it('links a fact that gives the same value for the same measure, and leaves the preference to the conflicts', async () => {
    const original = 'fact:001-china-live-commerce-sales-2023-h1';
    const copy = 'fact:test-agreeing-copy';
    // Written in a transaction that is rolled back: the shared graph never holds the copy.
    let rows: Record<string, unknown>[] = [];
    await db
      .writeTransaction(async (tx) => {
        await tx.run(
          `MATCH (f:Fact {id: $original})
           CREATE (c:Fact) SET c = f {.*, id: $copy}
           WITH f, c
           CALL (f, c) { MATCH (f)-[a:ABOUT]->(s) CREATE (c)-[:ABOUT {role: a.role}]->(s) }
           CALL (f, c) { MATCH (f)-[:EVIDENCED_BY]->(e) CREATE (c)-[:EVIDENCED_BY]->(e) }`,
          { original, copy },
        );
        rows = await tx.run(STANDING, { ids: [original, copy] });
        throw new Error('roll back');
      })
      .catch(() => undefined);
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(original)).toMatchObject({ agreements: [copy], preference: 'deprecated' });
    expect(byId.get(copy)).toMatchObject({ agreements: [original], preference: 'deprecated' });
    expect((byId.get(copy)!.conflicts as { id: string }[]).map((c) => c.id)).toEqual(rivalsInSeeds(original, false));
    expect(await db.read('MATCH (c:Fact {id: $copy}) RETURN c', { copy })).toEqual([]);
  });
});
