import { describe, expect, it } from 'vitest';
import { DOCUMENT_HEADER, documentList } from '../../src/data/documents.js';
import { showList as show } from '../support/statements.js';

// The document list's statements as text and parameters (TCK-style snapshots).

describe('documentList', () => {
  it('pages documents newest first from a cursor, counting them all', () => {
    expect(
      show(
        documentList({ sort: 'publishedOn', descending: true }, { backward: false, size: 2, from: { value: '2023-11-20', id: 'doc:b' } }),
      ),
    ).toMatchInlineSnapshot(`
      "PAGE
      MATCH (d:Document) WHERE ((d.publishedOn < $cursorValue OR (d.publishedOn = $cursorValue AND d.id < $cursorId)) OR d.publishedOn IS NULL) WITH d ORDER BY d.publishedOn IS NULL, d.publishedOn DESC, d.id DESC LIMIT $limit
      ROW d {.id, .title, .publisher, .authors, .publishedOn, .publishedOnBasis, .language, .sourceLanguageNote, .file, .sha256}
      COUNT MATCH (d:Document) RETURN count(d) AS total
      PARAMS {"cursorValue":"2023-11-20","cursorId":"doc:b","limit":3}"
    `);
  });

  it('pages by title backward from the end', () => {
    expect(show(documentList({ sort: 'title', descending: false }, { backward: true, size: 10, from: null }))).toMatchInlineSnapshot(`
      "PAGE
      MATCH (d:Document) WHERE true WITH d ORDER BY d.title IS NOT NULL, d.title DESC, d.id DESC LIMIT $limit
      ROW d {.id, .title, .publisher, .authors, .publishedOn, .publishedOnBasis, .language, .sourceLanguageNote, .file, .sha256}
      COUNT MATCH (d:Document) RETURN count(d) AS total
      PARAMS {"limit":11}"
    `);
  });

  it('returns headers without the article text, which runs to many kilobytes', () => {
    const list = documentList({ sort: 'title', descending: false }, { backward: false, size: 10, from: null });
    expect(list.row).toBe(DOCUMENT_HEADER);
    expect(list.row).toMatch(/\.title\b/);
    expect(list.row).not.toMatch(/\.text\b|\.\*/);
  });
});
