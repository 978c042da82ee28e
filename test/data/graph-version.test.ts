import { afterAll, describe, expect, it } from 'vitest';
import { GRAPH_VERSION_ID, readGraphVersion } from '../../src/data/graph-version.js';
import { graphStats } from '../../src/data/stats.js';
import { sharedDatabase } from '../support/graph.js';

// The shared graph, read only: the version a seed load gave it, and where it does not show.
const db = sharedDatabase();
afterAll(() => db.close());

const count = async (cypher: string) => Number((await db.read(cypher))[0]!.n);

describe('the graph version', () => {
  it('is one node the seed load gave a random version', async () => {
    const rows = await db.read('MATCH (v:GraphVersion) RETURN v.id AS id, v.version AS version');
    expect(rows).toEqual([{ id: GRAPH_VERSION_ID, version: expect.stringMatching(/^[0-9a-f-]{36}$/) }]);
    expect(await readGraphVersion(db)).toBe(rows[0]!.version);
  });

  it('is not part of the public graph’s statistics', async () => {
    const stats = await graphStats(db);
    const hidden = await count(
      'CALL () { MATCH (c:Change) RETURN count(c) AS c } CALL () { MATCH (v:GraphVersion) RETURN count(v) AS v } RETURN c + v AS n',
    );
    expect(hidden).toBeGreaterThanOrEqual(1);
    expect(stats.nodeCount).toBe((await count('MATCH (n) RETURN count(n) AS n')) - hidden);
    expect(stats.labels.map((l) => l.name)).not.toContain('GraphVersion');
  });
});
