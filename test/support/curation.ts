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
export const UPSERT_ENTITY = `mutation($input: UpsertEntityInput!) { upsertEntity(input: $input) { changed ${CHANGE} entity { id kind name degree ... on Base { baseType } } } }`;
export const UPSERT_FACT = `mutation($input: UpsertFactInput!) { upsertFact(input: $input) { changed ${CHANGE} fact { id value unit statement statedBy { id } subjects { entity { id } role } evidence { quote start end document { id } } } } }`;
export const UPSERT_RELATIONSHIP = `mutation($input: UpsertRelationshipInput!) { upsertRelationship(input: $input) { changed ${CHANGE} relationship { id type source target role evidence { quote } } } }`;
