import type { GraphQLResolveInfo } from 'graphql';
import { entitiesWithFacts, type EntityFactSpec } from '../data/facts.js';
import { projectionKey } from '../data/projection.js';
import type { GraphQLContext } from './context.js';
import { loadEntity } from './entity-loaders.js';
import { primeEntityFacts } from './fact-loaders.js';
import { fromEnum } from './enums.js';
import type { EntityFactsArgs as FactsFieldArgs, FactKind, RequireFields } from './generated/resolvers.js';
import { inRange } from './inputs.js';
import type { OperationSelections, Selection } from './analysis/selection.js';
import { fieldNamed, selectionBelow, selectionsOf } from './lookahead.js';
import { documentProjectionOf, factProjectionOf, isEntityLevel, selectedEntityProjection } from './projection.js';
import { queryOptions } from './query-options.js';
import { entityRecord } from './records.js';
import type { EntityShape } from './shapes.js';

// An entity's `facts` field: its arguments as a query spec, and the lookaheads that fetch an entity's
// facts in the statement that fetches the entity, when the query asks for both.

const MAX_ENTITY_FACTS = 100;

/** The arguments of an entity's `facts` field, as generated from the SDL; `first` has a default there. */
export type EntityFactsArgs = RequireFields<FactsFieldArgs, 'first'>;

export const storedKinds = (kinds: FactKind[] | null | undefined) => (kinds?.length ? kinds.map(fromEnum) : undefined);

/** The `facts(kinds, metric, role, first)` arguments, checked, as the data layer's spec, with what the query shows of each fact. */
export function entityFactSpec(
  args: EntityFactsArgs,
  shown: Pick<EntityFactSpec, 'withEvidence' | 'evidenceDocuments' | 'projection'>,
): EntityFactSpec {
  return {
    relationship: 'ABOUT',
    kinds: storedKinds(args.kinds) ?? null,
    metric: args.metric ?? null,
    role: args.role ? fromEnum(args.role) : null,
    limit: inRange('first', args.first, 1, MAX_ENTITY_FACTS),
    ...shown,
  };
}

/**
 * What the query shows of the facts of `selection`: a facts field's own, or one looked ahead at
 * below an entity. One function of one analysed selection for both, so that facts fetched ahead land
 * under the very spec the facts field will ask for.
 */
export function shownOfFacts(
  selections: OperationSelections,
  selection: Selection | undefined,
): Pick<EntityFactSpec, 'withEvidence' | 'evidenceDocuments' | 'projection'> {
  return {
    withEvidence: fieldNamed(selection, 'evidence') !== undefined,
    evidenceDocuments: documentProjectionOf(selections, selection),
    projection: factProjectionOf(selections, selection),
  };
}

/** What the field being resolved shows of the facts it answers with. */
export const shownOfSelectedFacts = (ctx: GraphQLContext, info: GraphQLResolveInfo) =>
  shownOfFacts(selectionsOf(ctx, info), selectionBelow(ctx, info));

/**
 * The spec of the `facts` field selected on an entity's selection, or null when it selects none or
 * its arguments are wrong (the field's own resolver then reports them).
 */
function factsSpecIn(selections: OperationSelections, entity: Selection | undefined): EntityFactSpec | null {
  const field = fieldNamed(entity, 'facts');
  const args = field && selections.argumentsOf(field);
  if (!field || !args) return null;
  try {
    // graphql-js coerced these against the facts field's SDL arguments, which EntityFactsArgs is generated from.
    return entityFactSpec(args as EntityFactsArgs, shownOfFacts(selections, selections.below(field)));
  } catch {
    return null;
  }
}

/**
 * The spec of the `facts` the query selects on the related entities of the relation field being
 * resolved (under `node`, or `organization` for an affiliation), or null.
 */
export function selectedRelatedFactsSpec(ctx: GraphQLContext, info: GraphQLResolveInfo): EntityFactSpec | null {
  const selections = selectionsOf(ctx, info);
  for (const field of selectionBelow(ctx, info)?.fields.values() ?? []) {
    const below = selections.below(field);
    if (!below || !isEntityLevel(below.type)) continue;
    const spec = factsSpecIn(selections, below);
    if (spec) return spec;
  }
  return null;
}

/**
 * An entity by id for the field being resolved; null when no entity has the id. When the query also
 * asks for the entity's facts, both come in one statement, the facts handed to the facts loader so
 * that the `facts` field finds them there.
 */
export function loadEntityWithSelectedFacts(ctx: GraphQLContext, id: string, info: GraphQLResolveInfo): Promise<EntityShape | null> {
  const projection = selectedEntityProjection(ctx, info);
  const spec = factsSpecIn(selectionsOf(ctx, info), selectionBelow(ctx, info));
  if (!spec) return loadEntity(ctx, id, projection);
  return ctx.loaders
    .get<EntityShape | null>(
      `entity+facts:${JSON.stringify(spec)}:${projectionKey(projection)}`,
      async (ids) => {
        const found = await entitiesWithFacts(ctx.db, ids, spec, projection, queryOptions(ctx, 'entity+facts'));
        for (const [entityId, { facts }] of found) primeEntityFacts(ctx, spec, entityId, facts);
        return new Map([...found].map(([entityId, { entity }]) => [entityId, entityRecord(entity)]));
      },
      null,
    )
    .load(id);
}
