import { describe, expect, it } from 'vitest';
import { DatabaseError } from '../../src/db/neo4j.js';
import { sharedDatabase } from '../support/graph.js';

describe('Database.read', () => {
  it('runs in read access mode: the server refuses a statement that would write, and nothing is written', async () => {
    const db = sharedDatabase();
    const count = async () => Number((await db.read('MATCH (n:Probe) RETURN count(n) AS n'))[0]!.n);
    const before = await count();
    const attempt = db.read("CREATE (n:Probe {id: 'read-mode-probe'}) RETURN n.id AS id");
    await expect(attempt).rejects.toBeInstanceOf(DatabaseError);
    await expect(attempt).rejects.toMatchObject({ kind: 'client' });
    expect(await count()).toBe(before);
  });

  it('applies the per-request timeout on the server', async () => {
    const db = sharedDatabase();
    const slow = db.read('UNWIND range(1, 100000000) AS i WITH i WHERE i % 7 = 99 RETURN count(i) AS n', {}, { timeoutMs: 200 });
    await expect(slow).rejects.toMatchObject({ kind: 'timeout' });
  });
});
