import { describe, expect, it } from 'vitest';
import { documentList } from '../../src/data/documents.js';
import { readCount, readPage, readPageAndCount, type ListStatement } from '../../src/data/list-statements.js';
import { fakeDatabase, tidy } from '../support/statements.js';

// How a list's statements are sent and their answers read, on a database that records and answers.

const list: ListStatement = {
  page: 'MATCH (d:Document) WHERE true WITH d ORDER BY d.title LIMIT $limit',
  row: 'd {.id, .title}',
  count: 'MATCH (d:Document) RETURN count(d) AS total',
  params: { limit: 3 },
};
const opts = { timeoutMs: 1234 };

describe('readPage', () => {
  it('returns the page projected as `row`, and unwraps each row', async () => {
    const { db, sent } = fakeDatabase(() => [{ row: { id: 'doc:a', title: 'A' } }, { row: { id: 'doc:b', title: 'B' } }]);
    expect(await readPage(db, list, opts)).toEqual([
      { id: 'doc:a', title: 'A' },
      { id: 'doc:b', title: 'B' },
    ]);
    expect(sent).toEqual([{ cypher: `${list.page} RETURN d {.id, .title} AS row`, params: { limit: 3 }, opts }]);
  });
});

describe('readCount', () => {
  it('sends the count statement alone and reads its total as a number', async () => {
    const { db, sent } = fakeDatabase(() => [{ total: 7 }]);
    expect(await readCount(db, list)).toBe(7);
    expect(sent.map((s) => s.cypher)).toEqual([list.count]);
  });

  it('reads no row as 0', async () => {
    expect(await readCount(fakeDatabase().db, list)).toBe(0);
  });
});

describe('readPageAndCount', () => {
  it('sends the page and the count as one statement, one round trip', async () => {
    const { db, sent } = fakeDatabase(() => [{ rows: [{ id: 'doc:a' }], total: 5 }]);
    expect(
      await readPageAndCount(db, documentList({ sort: 'publishedOn', descending: true }, { backward: false, size: 1, from: null }), opts),
    ).toEqual({
      rows: [{ id: 'doc:a' }],
      total: 5,
    });
    expect(sent).toHaveLength(1);
    expect(tidy(sent[0]!.cypher)).toMatchInlineSnapshot(
      `"CALL () { MATCH (d:Document) RETURN count(d) AS total } CALL () { MATCH (d:Document) WHERE true WITH d ORDER BY d.publishedOn IS NULL, d.publishedOn DESC, d.id DESC LIMIT $limit RETURN collect(d {.id, .title, .publisher, .authors, .publishedOn, .publishedOnBasis, .language, .sourceLanguageNote, .file, .sha256}) AS rows } RETURN rows, total"`,
    );
    expect(sent[0]!.params).toEqual({ limit: 2 });
    expect(sent[0]!.opts).toBe(opts);
  });

  it('reads an empty answer as no rows and a total of 0', async () => {
    expect(await readPageAndCount(fakeDatabase().db, list)).toEqual({ rows: [], total: 0 });
  });
});
