import { describe, expect, it } from 'vitest';
import { ENTITY_KIND_NAMES } from '../../src/model/vocabulary.js';
import type { Evidence } from '../../src/seed/format.js';
import { evidenceId } from '../../src/seed/rows.js';
import { readValidSeeds } from '../../src/seed/seed.js';
import { countRoundTrips, expectBadArguments, graphql, useApiServer } from '../support/graph.js';
import { QUERY_FIELDS as KIND_FIELDS } from '../../src/graphql/kind-fields.js';

const seed = readValidSeeds();
const api = useApiServer();

async function ok<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await graphql<T>(api.url, query, variables);
  expect(res.errors, query).toBeUndefined();
  return res.data!;
}

type EvidenceRow = { id: string; quote: string; start: number; end: number; document: { id: string } };
const unique = (list: Evidence[]) => [...new Map(list.map((e) => [evidenceId(e), e])).values()];
const inTextOrder = (list: Evidence[]) =>
  unique(list).sort((a, b) => a.document.localeCompare(b.document) || a.start - b.start || a.end - b.end);
const asRows = (list: Evidence[]) =>
  inTextOrder(list).map((e) => ({ id: evidenceId(e), quote: e.quote, start: e.start, end: e.end, document: { id: e.document } }));

/** Every quote the seeds cite, from entity mentions, relationships and facts. */
const allEvidence = [
  ...seed.entities.flatMap((e) => e.mentions),
  ...seed.relationships.flatMap((r) => r.evidence),
  ...seed.facts.flatMap((f) => f.evidence),
];

const SHENZHEN_DAILY = seed.documents.find((d) => d.id === 'doc:shenzhen-daily-livestreaming-sales-2024')!;

describe('document by id', () => {
  it('answers an article with its metadata and byte-identical text', async () => {
    const { document } = await ok<{ document: Record<string, unknown> }>(
      `{ document(id: "${SHENZHEN_DAILY.id}") { id title publisher authors publishedOn publishedOnBasis language sourceLanguageNote file sha256 text } }`,
    );
    expect(document).toEqual({
      id: SHENZHEN_DAILY.id,
      title: SHENZHEN_DAILY.title,
      publisher: SHENZHEN_DAILY.publisher,
      authors: SHENZHEN_DAILY.authors,
      publishedOn: '2024-11-28',
      publishedOnBasis: SHENZHEN_DAILY.publishedOnBasis ?? null,
      language: SHENZHEN_DAILY.language,
      sourceLanguageNote: SHENZHEN_DAILY.sourceLanguageNote ?? null,
      file: SHENZHEN_DAILY.file,
      sha256: SHENZHEN_DAILY.sha256,
      text: SHENZHEN_DAILY.text,
    });
  });

  it('returns null for an unknown id or the id of something else, and names a malformed id', async () => {
    expect(await ok('{ a: document(id: "doc:no-such-article") { id } b: document(id: "place:shenzhen") { id } }')).toEqual({
      a: null,
      b: null,
    });
    const bad = await graphql(api.url, '{ document(id: "Shenzhen Daily") { id } }');
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
  });
});

describe('documents', () => {
  it('counts the total in the page statement itself when it is selected', async () => {
    expect(await countRoundTrips(api, '{ documents(first: 2) { totalCount nodes { id } } }')).toBe(1);
    const res = await graphql<{ documents: { totalCount: number; nodes: unknown[] } }>(
      api.url,
      '{ documents(first: 2) { totalCount nodes { id } } }',
    );
    expect(res.data!.documents.nodes).toHaveLength(2);
    expect(res.data!.documents.totalCount).toBe(seed.documents.length);
  });

  type Page = {
    documents: {
      edges: { cursor: string; node: { id: string; title: string; publishedOn: string | null } }[];
      pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string; endCursor: string };
      totalCount: number;
    };
  };
  const QUERY = `query($first: Int, $after: String, $last: Int, $before: String, $orderBy: DocumentOrder) {
    documents(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {
      edges { cursor node { id title publishedOn } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } totalCount } }`;

  it('lists every article, newest first, with the total', async () => {
    const { documents } = await ok<Page>(
      '{ documents { edges { node { id title publishedOn } } totalCount pageInfo { hasNextPage hasPreviousPage } } }',
    );
    expect(documents.totalCount).toBe(seed.documents.length);
    expect(documents.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false });
    // Partial dates compare as strings: the more precise date of one year comes first.
    const want = [...seed.documents]
      .sort((a, b) => (b.publishedOn ?? '').localeCompare(a.publishedOn ?? '') || b.id.localeCompare(a.id))
      .map((d) => d.id);
    expect(documents.edges.map((e) => e.node.id)).toEqual(want);
  });

  it('orders by title and pages forward and backward two at a time without gaps or repeats', async () => {
    const orderBy = { field: 'TITLE', direction: 'ASC' };
    const forward: string[] = [];
    let after: string | undefined;
    for (let guard = 0; guard < 10; guard++) {
      const { documents } = await ok<Page>(QUERY, { first: 2, after, orderBy });
      forward.push(...documents.edges.map((e) => e.node.title));
      if (!documents.pageInfo.hasNextPage) break;
      after = documents.pageInfo.endCursor;
    }
    expect(forward).toEqual(seed.documents.map((d) => d.title).sort());
    const backward: string[] = [];
    let before: string | undefined;
    for (let guard = 0; guard < 10; guard++) {
      // `first` defaults to 20 in the SDL; `last` alone must still page backward.
      const { documents } = await ok<Page>(QUERY, { last: 2, before, orderBy });
      backward.unshift(...documents.edges.map((e) => e.node.title));
      if (!documents.pageInfo.hasPreviousPage) break;
      before = documents.pageInfo.startCursor;
    }
    expect(backward).toEqual(forward);
  });

  it('names the argument at fault', async () => {
    const cases: [string, string][] = [
      ['first: 10000', 'first'],
      // Int, as the Relay spec has it, so the range is ours to check.
      ['first: 0', 'first'],
      ['first: -5', 'first'],
      ['last: -1', 'last'],
      ['first: 2, last: 2', 'last'],
      ['after: "zzz"', 'after'],
      ['last: 2, before: "zzz"', 'before'],
    ];
    await expectBadArguments(api.url, 'documents', '{ totalCount }', cases);
  });
});

describe('what a document holds', () => {
  type Doc = {
    id: string;
    text: string;
    entities: { __typename: string; id: string; name: string }[];
    places: { id: string }[];
    facts: { id: string }[];
    evidence: EvidenceRow[];
  };
  const documents = async () =>
    (
      await ok<{ documents: { nodes: Doc[] } }>(
        '{ documents { nodes { id text entities(first: 500) { __typename id ... on Entity { name } } places: entities(kinds: [PLACE, BASE], first: 500) { id } facts(first: 500) { id } evidence(first: 500) { id quote start end document { id } } } } }',
      )
    ).documents.nodes;

  it('names the entities each article mentions, by name, optionally of some kinds', async () => {
    for (const doc of await documents()) {
      const named = seed.entities.filter((e) => e.mentions.some((m) => m.document === doc.id));
      const byName = [...named].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1));
      expect(
        doc.entities.map((e) => e.id),
        doc.id,
      ).toEqual(byName.map((e) => e.id));
      expect(doc.entities.map((e) => e.__typename)).toEqual(byName.map((e) => e.type));
      expect(doc.places.map((e) => e.id)).toEqual(byName.filter((e) => e.type === 'Place' || e.type === 'Base').map((e) => e.id));
    }
  });

  it('lists the facts each article supports in the order of their first quote', async () => {
    for (const doc of await documents()) {
      const firstQuote = (id: string) =>
        Math.min(
          ...seed.facts
            .find((f) => f.id === id)!
            .evidence.filter((e) => e.document === doc.id)
            .map((e) => e.start),
        );
      const want = seed.facts
        .filter((f) => f.evidence.some((e) => e.document === doc.id))
        .map((f) => f.id)
        .sort((a, b) => firstQuote(a) - firstQuote(b) || a.localeCompare(b));
      expect(want.length).toBeGreaterThan(0);
      expect(
        doc.facts.map((f) => f.id),
        doc.id,
      ).toEqual(want);
    }
  });

  it('lists every quote cited from each article, in text order, each standing at its offsets', async () => {
    for (const doc of await documents()) {
      expect(doc.evidence, doc.id).toEqual(asRows(allEvidence.filter((e) => e.document === doc.id)));
      for (const e of doc.evidence) expect(doc.text.slice(e.start, e.end)).toBe(e.quote);
    }
  });
});

describe('where the sources name an entity', () => {
  it('answers the mentions and documents of every entity of every kind', async () => {
    for (const kind of ENTITY_KIND_NAMES) {
      const list = KIND_FIELDS[kind]![1];
      const data = await ok<Record<string, { nodes: { id: string; mentions: EvidenceRow[]; documents: { id: string }[] }[] }>>(
        `{ ${list}(first: 100) { nodes { id mentions { id quote start end document { id } } documents { id } } } }`,
      );
      expect(data[list]!.nodes.length).toBe(seed.entities.filter((e) => e.type === kind).length);
      for (const node of data[list]!.nodes) {
        const mentions = seed.entities.find((e) => e.id === node.id)!.mentions;
        expect(node.mentions, node.id).toEqual(asRows(mentions));
        expect(node.documents.map((d) => d.id)).toEqual([...new Set(mentions.map((m) => m.document))].sort());
      }
    }
  });

  it('sends a number of queries bounded by the selection depth, not by the number of entities', async () => {
    const nested = (n: number) =>
      `{ places(first: ${n}) { nodes { mentions { document { id } } documents { facts { id } entities { id } evidence { id } } } } }`;
    const count = (query: string) => countRoundTrips(api, query);
    // places + mentions + their documents + documents + facts + entities + evidence
    expect(await count(nested(30))).toBe(7);
    expect(await count(nested(2))).toBe(7);
  });
});
