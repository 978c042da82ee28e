import { ENTITIES_ONLY, rankedHitsParams } from '../../src/data/search.js';
import { readSearchText } from '../../src/data/search-text.js';
import {
  CITIES,
  FACTS_PER_ENTITY,
  FACTS_PER_ISSUER,
  NEIGHBOURHOOD_LIMIT,
  PAGE_SIZE,
  PATH_LIMIT,
  POLICIES_PER_CITY,
  SEARCH_LIMIT,
  type BenchParameters,
} from './parameters.js';

// The bench suite: seven operations, each as the same work for the three targets. `request` prepares
// one POST (walking pages first where the operation needs a cursor); `ids` lists the entity, fact
// and relationship ids an answer holds, so a test can check that the targets did the same work.

export { pickParameters, type BenchParameters } from './parameters.js';

export type Target = 'ours' | 'floor' | 'neo4j-graphql';

export interface BenchContext {
  baseUrl: string;
  params: BenchParameters;
}

export interface PreparedRequest {
  path: string;
  /** JSON. */
  body: string;
}

export interface BenchOperation {
  name: string;
  description: string;
  request(target: Target, ctx: BenchContext): Promise<PreparedRequest>;
  ids(target: Target, json: unknown): string[];
}

// Answers are walked loosely: the equivalence test checks what comes out.
/* eslint-disable @typescript-eslint/no-explicit-any */
type Json = any;

const graphqlRequest = (query: string, variables: Record<string, unknown>): PreparedRequest => ({
  path: '/graphql',
  body: JSON.stringify({ query, variables }),
});
const floorRequest = (operation: string, params: Record<string, unknown>): PreparedRequest => ({
  path: `/op/${operation}`,
  body: JSON.stringify(params),
});

async function send(baseUrl: string, req: PreparedRequest): Promise<Json> {
  const res = await fetch(baseUrl + req.path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: req.body });
  const json = (await res.json()) as Json;
  if (res.status !== 200 || json.errors || json.error)
    throw new Error(`${req.path} answered ${res.status}: ${JSON.stringify(json).slice(0, 500)}`);
  return json;
}

const idsOf = (items: Json[] | null | undefined): string[] => (items ?? []).map((item) => String(item.id));

// ---- entity-by-id ----------------------------------------------------------------------------

const OURS_ENTITY = `query EntityById($id: ID!, $facts: PositiveInt!) {
  node(id: $id) {
    ... on Entity { id name kind facts(first: $facts) { id statement evidence { quote document { title } } } }
  }
}`;
const NEO4J_GRAPHQL_ENTITY = `query EntityById($id: ID!, $facts: Int!) {
  entities(where: { id: { eq: $id } }) {
    id name kind
    facts(limit: $facts, sort: [{ periodStart: DESC }, { periodEnd: DESC }, { id: ASC }]) { id statement evidence { quote document { title } } }
  }
}`;

const entityById: BenchOperation = {
  name: 'entity-by-id',
  description: 'one entity by id with its facts, each with its evidence (quote and document title)',
  async request(target, { params }) {
    if (target === 'ours') return graphqlRequest(OURS_ENTITY, { id: params.entityId, facts: FACTS_PER_ENTITY });
    if (target === 'floor') return floorRequest('entity-by-id', { id: params.entityId, factLimit: FACTS_PER_ENTITY });
    return graphqlRequest(NEO4J_GRAPHQL_ENTITY, { id: params.entityId, facts: FACTS_PER_ENTITY });
  },
  ids(target, json: Json) {
    const entity = target === 'ours' ? json.data.node : target === 'floor' ? json.data : json.data.entities[0];
    return entity ? [entity.id, ...idsOf(entity.facts)] : [];
  },
};

// ---- filtered-list and deep-page ------------------------------------------------------------

const OURS_ORGANIZATIONS = `query Organizations($orgType: OrganizationType!, $first: Int!, $after: String) {
  organizations(filter: { orgTypes: [$orgType] }, first: $first, after: $after) {
    totalCount pageInfo { endCursor hasNextPage } nodes { id name orgType }
  }
}`;
const NEO4J_GRAPHQL_ORGANIZATIONS = `query Organizations($orgType: String!, $first: Int!, $after: String) {
  organizationsConnection(where: { orgType: { eq: $orgType } }, first: $first, after: $after, sort: [{ name: ASC }, { id: ASC }]) {
    totalCount pageInfo { endCursor hasNextPage } edges { node { id name orgType } }
  }
}`;

/** The request for the organizations page after `after` (each target's own kind of cursor). */
function organizationsPage(target: Target, params: BenchParameters, after: unknown, operation: string): PreparedRequest {
  if (target === 'ours')
    return graphqlRequest(OURS_ORGANIZATIONS, { orgType: params.orgType.toUpperCase(), first: params.pageSize, after });
  if (target === 'floor') return floorRequest(operation, { orgType: params.orgType, size: params.pageSize, after });
  return graphqlRequest(NEO4J_GRAPHQL_ORGANIZATIONS, { orgType: params.orgType, first: params.pageSize, after });
}

/** The cursor that follows a page: ours and @neo4j/graphql issue one; the floor's is the last row's (name, id). */
function nextCursor(target: Target, json: Json): unknown {
  if (target === 'ours') return json.data.organizations.pageInfo.endCursor;
  if (target === 'floor') {
    const last = json.data.nodes.at(-1);
    return last ? { name: last.name, id: last.id } : null;
  }
  return json.data.organizationsConnection.pageInfo.endCursor;
}

function organizationIds(target: Target, json: Json): string[] {
  if (target === 'ours') return idsOf(json.data.organizations.nodes);
  if (target === 'floor') return idsOf(json.data.nodes);
  return idsOf(json.data.organizationsConnection.edges.map((e: Json) => e.node));
}

const filteredList: BenchOperation = {
  name: 'filtered-list',
  description: `organizations of one orgType, ordered by name, first page of ${PAGE_SIZE}, with totalCount`,
  async request(target, { params }) {
    return organizationsPage(target, params, null, 'filtered-list');
  },
  ids: organizationIds,
};

const deepPage: BenchOperation = {
  name: 'deep-page',
  description: `the same list's page 50 (or its last page when shorter), after a cursor prepared by walking the pages before it`,
  async request(target, { baseUrl, params }) {
    let after: unknown = null;
    for (let page = 1; page < params.deepPage; page++)
      after = nextCursor(target, await send(baseUrl, organizationsPage(target, params, after, 'deep-page')));
    return organizationsPage(target, params, after, 'deep-page');
  },
  ids: organizationIds,
};

// ---- nested ---------------------------------------------------------------------------------

const OURS_NESTED = `query Nested($cities: Int!, $policies: PositiveInt!, $facts: PositiveInt!) {
  places(filter: { placeTypes: [CITY] }, orderBy: { field: DEGREE, direction: DESC }, first: $cities) {
    nodes {
      id name
      policies(first: $policies) { node { id name issuer { node { id name facts(first: $facts) { id statement } } } } }
    }
  }
}`;
// Ours' Place.policies follows APPLIES_TO and ISSUED from the place and from everything located in
// it (at any depth): a @cypher field there, no relationship construct reaches that far.
const NEO4J_GRAPHQL_NESTED = `query Nested($cities: Int!, $policies: Int!, $facts: Int!) {
  places(where: { placeType: { eq: "city" } }, limit: $cities, sort: [{ degree: DESC }, { id: DESC }]) {
    id name
    policiesWithin(limit: $policies) { ...policy }
  }
}
fragment policy on Policy {
  id name
  issuers(limit: 1, sort: [{ name: ASC }, { id: ASC }]) {
    id name facts(limit: $facts, sort: [{ periodStart: DESC }, { periodEnd: DESC }, { id: ASC }]) { id statement }
  }
}`;

/** City, policy, issuer and fact ids, depth first. */
function nestedIds(cities: Json[], policiesOf: (city: Json) => Json[], issuerOf: (policy: Json) => Json | null): string[] {
  return cities.flatMap((city) => [
    city.id,
    ...policiesOf(city).flatMap((policy) => {
      const issuer = issuerOf(policy);
      return [policy.id, ...(issuer ? [issuer.id, ...idsOf(issuer.facts)] : [])];
    }),
  ]);
}

const nested: BenchOperation = {
  name: 'nested',
  description: `the ${CITIES} best-connected cities → their first ${POLICIES_PER_CITY} policies → each policy's issuer → its ${FACTS_PER_ISSUER} newest facts`,
  async request(target) {
    const sizes = { cities: CITIES, policies: POLICIES_PER_CITY, facts: FACTS_PER_ISSUER };
    if (target === 'ours') return graphqlRequest(OURS_NESTED, sizes);
    if (target === 'floor')
      return floorRequest('nested', { placeType: 'city', cities: CITIES, policies: POLICIES_PER_CITY, factLimit: FACTS_PER_ISSUER });
    return graphqlRequest(NEO4J_GRAPHQL_NESTED, sizes);
  },
  ids(target, json: Json) {
    if (target === 'ours')
      return nestedIds(
        json.data.places.nodes,
        (c) => c.policies.map((r: Json) => r.node),
        (p) => p.issuer?.node ?? null,
      );
    if (target === 'floor')
      return nestedIds(
        json.data,
        (c) => c.policies,
        (p) => p.issuer ?? null,
      );
    return nestedIds(
      json.data.places,
      (c) => c.policiesWithin,
      (p) => p.issuers[0] ?? null,
    );
  },
};

// ---- neighbourhood-2hop and shortest-paths ---------------------------------------------------

const OURS_NEIGHBOURHOOD = `query Neighbourhood($id: ID!, $limit: PositiveInt!) {
  neighborhood(id: $id, depth: 2, limit: $limit) {
    truncated nodes { id name kind } edges { id type source target role evidence { quote } }
  }
}`;
const NEO4J_GRAPHQL_NEIGHBOURHOOD = `query Neighbourhood($id: ID!, $limit: Int!) {
  neighbourhood(id: $id, limit: $limit) { truncated nodes { id name kind } edges { id type source target role quotes } }
}`;

/** Node ids, then edge ids (relationship keys). */
const subgraphIds = (graph: Json): string[] => (graph ? [...idsOf(graph.nodes), ...idsOf(graph.edges)] : []);

const neighbourhood: BenchOperation = {
  name: 'neighbourhood-2hop',
  description: `the 2-hop neighbourhood of a well-connected entity (≤ ${NEIGHBOURHOOD_LIMIT} nodes besides it) and the edges among them, with quotes`,
  async request(target, { params }) {
    const vars = { id: params.centreId, limit: NEIGHBOURHOOD_LIMIT };
    if (target === 'ours') return graphqlRequest(OURS_NEIGHBOURHOOD, vars);
    if (target === 'floor') return floorRequest('neighbourhood-2hop', vars);
    return graphqlRequest(NEO4J_GRAPHQL_NEIGHBOURHOOD, vars);
  },
  ids(target, json: Json) {
    return subgraphIds(target === 'ours' ? json.data.neighborhood : target === 'floor' ? json.data : json.data.neighbourhood);
  },
};

const OURS_PATHS = `query Paths($from: ID!, $to: ID!, $limit: PositiveInt!) {
  paths(from: $from, to: $to, maxHops: 4, limit: $limit) {
    length nodes { id name kind } edges { id type source target role evidence { quote } }
  }
}`;
const NEO4J_GRAPHQL_PATHS = `query Paths($from: ID!, $to: ID!, $limit: Int!) {
  shortestPaths(from: $from, to: $to, limit: $limit) { length nodes { id name kind } edges { id type source target role quotes } }
}`;

const shortestPaths: BenchOperation = {
  name: 'shortest-paths',
  description: `up to ${PATH_LIMIT} shortest paths (≤ 4 hops) between two entities 2–4 hops apart, with quotes`,
  async request(target, { params }) {
    const vars = { from: params.pathFrom, to: params.pathTo, limit: PATH_LIMIT };
    if (target === 'ours') return graphqlRequest(OURS_PATHS, vars);
    if (target === 'floor') return floorRequest('shortest-paths', vars);
    return graphqlRequest(NEO4J_GRAPHQL_PATHS, vars);
  },
  ids(target, json: Json) {
    const paths: Json[] = target === 'ours' ? json.data.paths : target === 'floor' ? json.data : json.data.shortestPaths;
    return paths.flatMap(subgraphIds);
  },
};

// ---- full-text-search -----------------------------------------------------------------------

const ENTITY_KINDS = ['PLACE', 'PERSON', 'ORGANIZATION', 'PLATFORM', 'BASE', 'OCCUPATION', 'POLICY', 'EVENT', 'REPORT'];
const OURS_SEARCH = `query Search($text: String!, $kinds: [SearchKind!], $first: Int!) {
  search(text: $text, kinds: $kinds, first: $first) { edges { score node { ... on Entity { id name kind } } } }
}`;
const NEO4J_GRAPHQL_SEARCH = `query Search($phrase: String!, $first: Int!) {
  entitySearch(phrase: $phrase, first: $first, sort: [{ score: DESC }, { node: { id: ASC } }]) { edges { score node { id name kind } } }
}`;

/**
 * The Lucene query ours sends for a word (src/data/search-text.ts): the word, every word it begins,
 * near spellings. @neo4j/graphql sends it to the index as is and orders by score alone; the floor
 * runs ours's ranked statement (src/data/search.ts), so it answers the same ids by construction.
 */

const fullTextSearch: BenchOperation = {
  name: 'full-text-search',
  description: `full-text search of entities (entity_text index) for a common word, best ${SEARCH_LIMIT}`,
  async request(target, { params }) {
    if (target === 'ours') return graphqlRequest(OURS_SEARCH, { text: params.searchTerm, kinds: ENTITY_KINDS, first: SEARCH_LIMIT });
    const text = readSearchText(params.searchTerm);
    if (target === 'floor')
      return floorRequest('full-text-search', rankedHitsParams(text, ENTITIES_ONLY, { limit: SEARCH_LIMIT, after: null }));
    return graphqlRequest(NEO4J_GRAPHQL_SEARCH, { phrase: text.lucene, first: SEARCH_LIMIT });
  },
  ids(target, json: Json) {
    if (target === 'ours') return idsOf(json.data.search.edges.map((e: Json) => e.node));
    if (target === 'floor') return idsOf(json.data);
    return idsOf(json.data.entitySearch.edges.map((e: Json) => e.node));
  },
};

export const OPERATIONS: BenchOperation[] = [entityById, filteredList, deepPage, nested, neighbourhood, shortestPaths, fullTextSearch];
