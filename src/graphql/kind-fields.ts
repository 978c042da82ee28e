import { ENTITY_KIND_DECLARATIONS } from '../model/entity-kinds.js';
import { ENTITY_KIND_NAMES, type EntityKind } from '../model/vocabulary.js';

/** Query field names per kind: one entity, and a page of them (from the kind declarations). */
export const QUERY_FIELDS = Object.fromEntries(
  ENTITY_KIND_NAMES.map((kind) => [kind, [ENTITY_KIND_DECLARATIONS[kind].single, ENTITY_KIND_DECLARATIONS[kind].plural]]),
) as Record<EntityKind, [single: string, list: string]>;
