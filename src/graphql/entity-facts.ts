import {
  getArgumentValues,
  getNamedType,
  isInterfaceType,
  isObjectType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import { entitiesWithFacts, type EntityFactSpec } from '../data/facts.js';
import { projectionKey } from '../data/projection.js';
import type { GraphQLContext } from './context.js';
import { loadEntity } from './entity-loaders.js';
import { primeEntityFacts } from './fact-loaders.js';
import { fromEnum } from './enums.js';
import type { FactKind, SubjectRole } from './generated/resolvers.js';
import { inRange } from './inputs.js';
import { fieldIn, selectedField, selects } from './lookahead.js';
import { isEntityLevel, type Below, selectedDocumentProjection, selectedEntityProjection, selectedFactProjection } from './projection.js';
import { queryOptions } from './query-options.js';
import { entityRecord } from './records.js';
import type { EntityShape } from './shapes.js';

// An entity's `facts` field: its arguments as a query spec, and the lookaheads that fetch an entity's
// facts in the statement that fetches the entity, when the query asks for both.

export const MAX_ENTITY_FACTS = 100;

export interface EntityFactsArgs {
  kinds?: FactKind[] | null;
  metric?: string | null;
  role?: SubjectRole | null;
  first: number;
}

export const storedKinds = (kinds: FactKind[] | null | undefined) => (kinds?.length ? kinds.map(fromEnum) : undefined);

/** The `facts(kinds, metric, role, first)` arguments, checked, as the data layer's spec, with what the query shows of each fact. */
export function entityFactSpec(args: EntityFactsArgs, shown: Pick<EntityFactSpec, 'withEvidence' | 'evidenceDocuments' | 'projection'>): EntityFactSpec {
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
 * What the query shows of the facts the field being resolved answers with, or, given `below`, of
 * those of a facts field selected under it. One function for both, so that facts fetched ahead
 * land under the very spec the facts field will ask for.
 */
export function shownOfFacts(
  info: GraphQLResolveInfo,
  below?: Below,
): Pick<EntityFactSpec, 'withEvidence' | 'evidenceDocuments' | 'projection'> {
  return {
    withEvidence: below ? fieldIn(info, below.set, 'evidence') !== undefined : selects(info, 'evidence'),
    evidenceDocuments: selectedDocumentProjection(info, below),
    projection: selectedFactProjection(info, below),
  };
}

/**
 * The spec of the `facts` field selected in `set` (an entity's selection), or null when it selects
 * none or its arguments are wrong (the field's own resolver then reports them).
 */
function factsSpecIn(info: GraphQLResolveInfo, set: SelectionSetNode | undefined): EntityFactSpec | null {
  const field = fieldIn(info, set, 'facts');
  const entity = info.schema.getType('Entity');
  const definition = isInterfaceType(entity) ? entity.getFields().facts : undefined;
  if (!field || !definition) return null;
  try {
    const args = getArgumentValues(definition, field, info.variableValues) as unknown as EntityFactsArgs;
    return entityFactSpec(args, shownOfFacts(info, { type: getNamedType(definition.type), set: field.selectionSet }));
  } catch {
    return null;
  }
}

/** The spec of the `facts` the query selects on the entity being resolved, or null. */
function selectedFactsSpec(info: GraphQLResolveInfo): EntityFactSpec | null {
  for (const node of info.fieldNodes) {
    const spec = factsSpecIn(info, node.selectionSet);
    if (spec) return spec;
  }
  return null;
}

/**
 * The spec of the `facts` the query selects on the related entities of the relation field being
 * resolved (under `node`, or `organization` for an affiliation), or null.
 */
export function selectedRelatedFactsSpec(info: GraphQLResolveInfo): EntityFactSpec | null {
  const relation = getNamedType(info.returnType);
  if (!isObjectType(relation)) return null;
  for (const [name, field] of Object.entries(relation.getFields())) {
    if (!isEntityLevel(getNamedType(field.type))) continue;
    const spec = factsSpecIn(info, selectedField(info, name)?.selectionSet);
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
  const projection = selectedEntityProjection(info);
  const spec = selectedFactsSpec(info);
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
