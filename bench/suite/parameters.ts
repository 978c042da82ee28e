import type { Database } from '../../src/db/neo4j.js';
import { allowListed, RELATIONSHIP_TYPE_NAMES } from '../../src/model/vocabulary.js';

// What the suite asks about, chosen by Cypher from whatever graph is loaded: the 144-entity seed
// graph or a synthetic scale graph. Sizes are fixed here, identical for the three targets.

export const PAGE_SIZE = 20;
/** The deep page's number, or the list's last page when it has fewer. */
export const DEEP_PAGE = 50;
export const CITIES = 10;
/** A hub city has thousands of policies: a front-end shows the first few. */
export const POLICIES_PER_CITY = 10;
export const FACTS_PER_ISSUER = 5;
/** Every fact of the entity asked about: ours answers at most 100 a request. */
export const FACTS_PER_ENTITY = 100;
export const NEIGHBOURHOOD_LIMIT = 100;
export const PATH_LIMIT = 5;
export const SEARCH_LIMIT = 20;
/** Which entity of the degree ranking is the neighbourhood's centre: well connected, not the top hub. */
const CENTRE_RANK = 20;
/** How many candidate path ends are tried (each a bounded shortest-path search). */
const PATH_CANDIDATES = 100;
/** How many names the search term's word count looks at. */
const SEARCH_SAMPLE = 20_000;

export interface BenchParameters {
  /** entity-by-id: the entity with the most facts (at most FACTS_PER_ENTITY). */
  entityId: string;
  /** filtered-list / deep-page: organizations of the most common orgType (stored value, e.g. `government_body`). */
  orgType: string;
  /** filtered-list / deep-page: rows a page (PAGE_SIZE). */
  pageSize: number;
  /** deep-page: the page number timed (1-based); the pages before it are walked first. */
  deepPage: number;
  /** neighbourhood-2hop: the entity of degree rank CENTRE_RANK. */
  centreId: string;
  /** shortest-paths: from the centre to an entity 2–4 hops away, 3 when there is one. */
  pathFrom: string;
  pathTo: string;
  /**
   * full-text-search: a word of entity names used by about 1% of them, as a searched name part is;
   * the commonest word ("synthetic" on a scale graph) would rank every entity, which no user asks.
   */
  searchTerm: string;
}

const TYPES = RELATIONSHIP_TYPE_NAMES.map((t) => allowListed(t, RELATIONSHIP_TYPE_NAMES)).join('|');

async function one<T>(db: Database, what: string, cypher: string, params: Record<string, unknown> = {}): Promise<T> {
  const [row] = await db.read(cypher, params);
  if (!row || Object.values(row).some((v) => v === null || v === undefined))
    throw new Error(`The graph has no ${what} for the bench suite`);
  return row as T;
}

export async function pickParameters(db: Database): Promise<BenchParameters> {
  const { entityId } = await one<{ entityId: string }>(
    db,
    'entity with facts',
    `MATCH (n:Entity) WITH n, COUNT { (n)<-[:ABOUT]-(:Fact) } AS facts WHERE 0 < facts <= $most
     RETURN n.id AS entityId ORDER BY facts DESC, n.id LIMIT 1`,
    { most: FACTS_PER_ENTITY },
  );
  const { orgType, count } = await one<{ orgType: string; count: number }>(
    db,
    'organization with an orgType',
    `MATCH (o:Organization) WHERE o.orgType IS NOT NULL
     RETURN o.orgType AS orgType, count(*) AS count ORDER BY count DESC, orgType LIMIT 1`,
  );
  const { centreId } = await one<{ centreId: string }>(
    db,
    'connected entity',
    `MATCH (n:Entity) WHERE n.degree > 0 WITH n ORDER BY n.degree DESC, n.id LIMIT $rank RETURN last(collect(n.id)) AS centreId`,
    { rank: CENTRE_RANK },
  );
  const { pathTo } = await one<{ pathTo: string }>(
    db,
    'entity 2 to 4 hops from the centre',
    `MATCH (a:Entity {id: $from})
     MATCH (b:Entity) WHERE b.degree > 0 AND b <> a
     WITH a, b ORDER BY b.id LIMIT $candidates
     MATCH p = shortestPath((a)-[:${TYPES}*..4]-(b))
     WITH b, length(p) AS hops WHERE hops >= 2
     RETURN b.id AS pathTo ORDER BY abs(hops - 3), b.id LIMIT 1`,
    { from: centreId, candidates: PATH_CANDIDATES },
  );
  const { searchTerm } = await one<{ searchTerm: string }>(
    db,
    'word in entity names',
    `MATCH (n:Entity) WITH n LIMIT $sample
     WITH collect(n.name) AS names
     UNWIND names AS name
     UNWIND split(toLower(name), ' ') AS word
     WITH size(names) AS sampled, word WHERE word =~ '[a-z]{4,}'
     WITH sampled, word, count(*) AS uses
     RETURN word AS searchTerm ORDER BY abs(uses - ceil(sampled / 100.0)), word LIMIT 1`,
    { sample: SEARCH_SAMPLE },
  );
  return {
    entityId,
    orgType,
    pageSize: PAGE_SIZE,
    deepPage: Math.max(1, Math.min(DEEP_PAGE, Math.ceil(count / PAGE_SIZE))),
    centreId,
    pathFrom: centreId,
    pathTo,
    searchTerm,
  };
}
