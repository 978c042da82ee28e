import { afterAll, describe, expect, it } from 'vitest';
import { DatabaseError } from '../../src/db/neo4j.js';
import { sharedDatabase } from '../support/graph.js';

const db = sharedDatabase();
afterAll(() => db.close());

describe('Database.profile and onQuery, for the benchmark', () => {
  it('reports the executed plan: db hits summed over its operators, and the rows returned', async () => {
    const p = await db.profile('MATCH (p:Place) RETURN p.id AS id ORDER BY id LIMIT $n', { n: 3 });
    expect(p.rows).toBe(3);
    expect(p.operators[0]).toMatchObject({ operator: expect.stringMatching(/^ProduceResults/), depth: 0, rows: 3 });
    expect(p.operators.length).toBeGreaterThan(1);
    expect(p.dbHits).toBe(p.operators.reduce((sum, o) => sum + o.dbHits, 0));
    expect(p.dbHits).toBeGreaterThan(0);
  });

  it('profiles in a read transaction, so a write is refused', async () => {
    await expect(db.profile('CREATE (:ProfileProbe)')).rejects.toBeInstanceOf(DatabaseError);
    expect(await db.read('MATCH (n:ProfileProbe) RETURN count(n) AS n')).toEqual([{ n: 0 }]);
  });

  it('tells onQuery listeners each statement with its parameters', async () => {
    const seen: unknown[] = [];
    const stop = db.onQuery((cypher, params) => seen.push({ cypher, params }));
    await db.read('RETURN $x AS x', { x: 'y' });
    stop();
    await db.read('RETURN 1 AS one');
    expect(seen).toEqual([{ cypher: 'RETURN $x AS x', params: { x: 'y' } }]);
  });
});
