import { getArgumentValues, getNamedType, isInterfaceType, type FieldNode, type GraphQLResolveInfo } from 'graphql';
import { entitiesWithFacts, factsOfEntities, type EntityFactSpec } from '../data/facts.js';
import { projectionKey } from '../data/projection.js';
import type { GraphQLContext } from './context.js';
import { loadEntity } from './entity-loaders.js';
import { fromEnum } from './enums.js';
import type { FactKind, SubjectRole } from './generated/resolvers.js';
import { inRange } from './inputs.js';
import { fieldIn, selectedField } from './lookahead.js';
import { selectedDocumentProjection, selectedEntityProjection, selectedFactProjection } from './projection.js';
import { queryOptions } from './query-options.js';
import { entityRecord, factRecord } from './records.js';
import type { EntityShape, FactShape } from './shapes.js';

// An entity's `facts` field: its arguments as a query spec, its batched loader, and the entity
// loader that fetches an entity and its facts in one statement when the query asks for both.

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

/** The loader of entities' facts of one spec, batched with every other entity asking the same. */
function entityFactsLoader(ctx: GraphQLContext, spec: EntityFactSpec) {
  return ctx.loaders.get<FactShape[]>(
    `entityFacts:${JSON.stringify(spec)}`,
    async (ids) => new Map([...(await factsOfEntities(ctx.db, ids, spec, queryOptions(ctx, 'entityFacts')))].map(([id, rows]) => [id, rows.map(factRecord)])),
    [],
  );
}

/** An entity's facts of one selection, newest first. */
export const loadEntityFacts = (ctx: GraphQLContext, entityId: string, spec: EntityFactSpec): Promise<FactShape[]> => entityFactsLoader(ctx, spec).load(entityId);

/**
 * The spec of the `facts` field the query selects on the entity being resolved, or null when it
 * selects none or its arguments are wrong (the field's own resolver then reports them).
 */
function selectedFactsSpec(info: GraphQLResolveInfo): EntityFactSpec | null {
  const field: FieldNode | undefined = selectedField(info, 'facts');
  const entity = info.schema.getType('Entity');
  const definition = isInterfaceType(entity) ? entity.getFields().facts : undefined;
  if (!field || !definition) return null;
  try {
    const below = { type: getNamedType(definition.type), set: field.selectionSet };
    return entityFactSpec(getArgumentValues(definition, field, info.variableValues) as unknown as EntityFactsArgs, {
      withEvidence: fieldIn(info, field.selectionSet, 'evidence') !== undefined,
      evidenceDocuments: selectedDocumentProjection(info, below),
      projection: selectedFactProjection(info, below),
    });
  } catch {
    return null;
  }
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
        const facts = entityFactsLoader(ctx, spec);
        for (const [entityId, { facts: rows }] of found) facts.prime(entityId, rows.map(factRecord));
        return new Map([...found].map(([entityId, { entity }]) => [entityId, entityRecord(entity)]));
      },
      null,
    )
    .load(id);
}
