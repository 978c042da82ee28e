import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startFloorServer } from '../../bench/servers/floor.js';
import { startNeo4jGraphqlServer } from '../../bench/servers/neo4j-graphql.js';
import type { RunningServer } from '../../bench/servers/standalone.js';
import { OPERATIONS, pickParameters, type BenchParameters, type Target } from '../../bench/suite/operations.js';
import type { Database } from '../../src/db/neo4j.js';
import type { ApiServer } from '../../src/server.js';
import { sharedDatabase, startTestServer } from '../support/graph.js';

// The three bench targets over the shared seeded graph: every operation answers 200 without
// errors on each, and the answers hold the same ids, i.e. the targets do the same work.

const TARGETS: Target[] = ['ours', 'floor', 'neo4j-graphql'];

let db: Database;
let ours: ApiServer;
let floor: RunningServer;
let neo4jGraphql: RunningServer;
let params: BenchParameters;

beforeAll(async () => {
  db = sharedDatabase();
  const { uri, username, password } = inject('neo4j');
  const target = { uri, user: username, password, port: 0 };
  [ours, floor, neo4jGraphql, params] = await Promise.all([
    startTestServer(db),
    startFloorServer(target),
    startNeo4jGraphqlServer(target),
    pickParameters(db),
  ]);
});

afterAll(async () => {
  await Promise.all([ours?.close(), floor?.close(), neo4jGraphql?.close()]);
  await db?.close();
});

const baseUrl = (target: Target) => ({ ours: ours.url, floor: floor.url, 'neo4j-graphql': neo4jGraphql.url })[target];

/** Each target's answer to the operation, checked to be a 200 without errors. */
async function answers(name: string): Promise<Record<Target, string[]>> {
  const op = OPERATIONS.find((o) => o.name === name)!;
  const out = {} as Record<Target, string[]>;
  for (const target of TARGETS) {
    const ctx = { baseUrl: baseUrl(target), params };
    const req = await op.request(target, ctx);
    const res = await fetch(ctx.baseUrl + req.path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: req.body });
    const json = (await res.json()) as { errors?: unknown; error?: unknown };
    expect(res.status, `${name} on ${target}`).toBe(200);
    expect(json.errors ?? json.error, `${name} on ${target}`).toBeUndefined();
    out[target] = op.ids(target, json);
  }
  return out;
}

const sorted = (ids: string[]) => [...ids].sort();

describe('bench suite', () => {
  it('picks parameters from the loaded graph', () => {
    expect(params).toMatchObject({ entityId: 'place:guangzhou', orgType: 'government_body', deepPage: 1 });
    expect(params.pathFrom).toBe(params.centreId);
    expect(params.pathTo).not.toBe(params.pathFrom);
    expect(params.searchTerm).toMatch(/^[a-z]{4,}$/);
  });

  it('has the seven operations of the suite', () => {
    expect(OPERATIONS.map((o) => o.name)).toEqual([
      'entity-by-id',
      'filtered-list',
      'deep-page',
      'nested',
      'neighbourhood-2hop',
      'shortest-paths',
      'full-text-search',
    ]);
  });

  for (const name of ['entity-by-id', 'filtered-list', 'deep-page', 'neighbourhood-2hop', 'shortest-paths', 'full-text-search']) {
    it(`${name}: the three targets answer with the same ids`, async () => {
      const ids = await answers(name);
      expect(ids.ours.length, 'ours answers something').toBeGreaterThan(0);
      expect(sorted(ids.floor)).toEqual(sorted(ids.ours));
      expect(sorted(ids['neo4j-graphql'])).toEqual(sorted(ids.ours));
    });
  }

  // @neo4j/graphql sorts undated facts first when newest-first (Cypher's DESC puts nulls first) and
  // cannot say otherwise, so its 5 facts per issuer may be others: the same number of them, though.
  it('nested: the same cities, policies and issuers; the same facts on the floor, as many on @neo4j/graphql', async () => {
    const ids = await answers('nested');
    const isFact = (id: string) => id.startsWith('fact:');
    const structure = (list: string[]) => sorted(list.filter((id) => !isFact(id)));
    expect(ids.ours.filter(isFact).length, 'issuers have facts').toBeGreaterThan(0);
    expect(ids.floor).toEqual(ids.ours);
    expect(structure(ids['neo4j-graphql'])).toEqual(structure(ids.ours));
    expect(ids['neo4j-graphql'].filter(isFact).length).toBe(ids.ours.filter(isFact).length);
  });

  it('deep-page walks the pages before the one it times', async () => {
    const op = OPERATIONS.find((o) => o.name === 'deep-page')!;
    // The seed graph's lists fit one page of 20: smaller pages make page 3 a deep one.
    const later = { ...params, pageSize: 5, deepPage: 3 };
    const pages: Record<string, string[]> = {};
    for (const target of TARGETS) {
      const ctx = { baseUrl: baseUrl(target), params: later };
      const req = await op.request(target, ctx);
      const res = await fetch(ctx.baseUrl + req.path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: req.body });
      pages[target] = op.ids(target, await res.json());
    }
    const [all] = await db.read('MATCH (o:Organization {orgType: $orgType}) WITH o ORDER BY o.name, o.id RETURN collect(o.id) AS ids', {
      orgType: params.orgType,
    });
    expect(pages.ours).toEqual((all!.ids as string[]).slice(10, 15));
    expect(pages.floor).toEqual(pages.ours);
    expect(pages['neo4j-graphql']).toEqual(pages.ours);
  });
});
