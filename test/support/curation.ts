import type { CuratorAuth } from '../../src/config/env.js';
import { mintToken } from '../../src/curation/token.js';
import type { GraphQLResponse } from './graph.js';

// What the tests of the curator write path share: a secret, tokens, and the four mutations.

export const curatorAuth: CuratorAuth = { secret: 'curation-test-secret-of-32-characters-or-more', issuer: undefined, audience: undefined };

export type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** An Authorization header value for `sub` with `role`, signed with the test secret. */
export const bearer = async (sub: string, role = 'curator') => `Bearer ${await mintToken(curatorAuth, sub, role, '1h')}`;

/** POSTs an operation with an Authorization header (none when `authorization` is undefined). */
export async function send(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  authorization?: string,
): Promise<GraphQLResponse<Data>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (authorization !== undefined) headers.authorization = authorization;
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  return { status: res.status, ...((await res.json()) as Omit<GraphQLResponse<Data>, 'status'>) };
}

const CHANGE = 'change { id actor action targetId at before after }';
export const ADD_DOCUMENT = `mutation($input: AddDocumentInput!) { addDocument(input: $input) { changed ${CHANGE} document { id title file text } } }`;
export const UPSERT_ENTITY = `mutation($input: UpsertEntityInput!) { upsertEntity(input: $input) { changed ${CHANGE} entity { id kind name names { value lang origin } degree ... on Base { baseType } } } }`;
export const UPSERT_FACT = `mutation($input: UpsertFactInput!) { upsertFact(input: $input) { changed ${CHANGE} fact { id value unit statement statedBy { id } subjects { entity { id } role } evidence { quote start end document { id } } } } }`;
export const UPSERT_RELATIONSHIP = `mutation($input: UpsertRelationshipInput!) { upsertRelationship(input: $input) { changed ${CHANGE} relationship { id type source target role evidence { quote } } } }`;

// A new article, and what a curator draws from it: the sample writes of the curation tests.
export const TEXT =
  'Hangzhou Test Daily reports that the Qiantang Live Base in Hangzhou trained 1,200 anchors in 2024. ' +
  'The base director said the Qiantang Live Base works with Douyin on training.';
export const DOC = 'doc:hangzhou-test-daily-qiantang-2024';
export const cite = (quote: string, from = 0) => {
  const start = TEXT.indexOf(quote, from);
  return { document: DOC, quote, start, end: start + quote.length };
};
export const documentInput = {
  id: DOC,
  title: 'Qiantang Live Base trains anchors',
  publisher: 'Hangzhou Test Daily',
  language: 'en',
  publishedOn: '2024-12',
  text: TEXT,
};
export const entityInput = {
  id: 'base:qiantang-live-base',
  type: 'BASE',
  name: 'Qiantang Live Base',
  // A curator-supplied Chinese name (NameInput's origin defaults to CURATOR).
  names: [{ value: '钱塘直播基地', lang: 'zh' }],
  description: 'A live-streaming base in Hangzhou that trains anchors.',
  baseType: 'LIVE_STREAMING_BASE',
  mentions: [cite('Qiantang Live Base'), cite('Qiantang Live Base', 60)],
};
export const factInput = {
  id: 'fact:qiantang-live-base-anchors-trained-2024',
  kind: 'STATISTIC',
  statement: 'The Qiantang Live Base in Hangzhou trained 1,200 anchors in 2024.',
  metric: 'anchors_trained',
  value: 1200,
  unit: 'people',
  valueText: '1,200 anchors',
  period: { start: '2024-01-01', end: '2024-12-31', label: '2024' },
  subjects: [{ entity: 'base:qiantang-live-base', role: 'SUBJECT' }],
  evidence: [cite('the Qiantang Live Base in Hangzhou trained 1,200 anchors in 2024.')],
};
export const relationshipInput = {
  type: 'LOCATED_IN',
  from: 'base:qiantang-live-base',
  to: 'place:hangzhou',
  evidence: [cite('the Qiantang Live Base in Hangzhou')],
};
export const RELATIONSHIP_KEY = 'LOCATED_IN|base:qiantang-live-base|place:hangzhou|';

/** A curator's correction of a seed fact (the article's wording of its period), citing the seed's own quotes. */
export const seedFactCorrection = (evidence: unknown[]) => ({
  id: 'fact:000-china-live-commerce-sales-2023-jan-oct',
  kind: 'STATISTIC',
  statement: "China's live broadcast sales exceeded 2.2 trillion yuan in January to October 2023.",
  metric: 'live_commerce_sales',
  value: 2.2e12,
  unit: 'yuan',
  currency: 'CNY',
  qualifier: 'MORE_THAN',
  valueText: '2.2 trillion yuan',
  period: { start: '2023-01-01', end: '2023-10-31', label: 'January to October 2023' },
  subjects: [{ entity: 'place:china', role: 'LOCATION' }],
  evidence,
});
