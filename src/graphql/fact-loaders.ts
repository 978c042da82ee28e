import { factsOfEntities, type EntityFactSpec } from '../data/facts.js';
import type { Row } from '../db/neo4j.js';
import type { GraphQLContext } from './context.js';
import { queryOptions } from './query-options.js';
import { factRecord } from './records.js';
import type { FactShape } from './shapes.js';

// The loader behind every entity's fact lists, and the way a statement that fetched an entity's
// facts along with something else hands them over, so that the facts field finds them there.

/** The loader of entities' facts of one spec, batched with every other entity asking the same. */
function entityFactsLoader(ctx: GraphQLContext, spec: EntityFactSpec) {
  return ctx.loaders.get<FactShape[]>(
    `entityFacts:${JSON.stringify(spec)}`,
    async (ids) =>
      new Map(
        [...(await factsOfEntities(ctx.db, ids, spec, queryOptions(ctx, 'entityFacts')))].map(([id, rows]) => [id, rows.map(factRecord)]),
      ),
    [],
  );
}

/** An entity's facts of one selection, newest first. */
export const loadEntityFacts = (ctx: GraphQLContext, entityId: string, spec: EntityFactSpec): Promise<FactShape[]> =>
  entityFactsLoader(ctx, spec).load(entityId);

/** Facts of `spec` fetched for an entity by another statement: the entity's facts field will not ask again. */
export function primeEntityFacts(ctx: GraphQLContext, spec: EntityFactSpec, entityId: string, rows: Row[]): void {
  entityFactsLoader(ctx, spec).prime(entityId, rows.map(factRecord));
}
