import { RELATIONSHIP_TYPE_NAMES, type RelationshipType } from './vocabulary.js';

// A relationship's id is its seed key, `TYPE|from|to|role` (src/seed/checks.ts, relationshipKey):
// stable across loads and exports, and readable. Reading it back tells where to find the
// relationship: from its source entity by id, so a lookup costs an index seek and one expansion.

export interface EdgeAddress {
  key: string;
  type: RelationshipType;
  from: string;
  to: string;
}

/** The parts of a relationship id, or null when `id` is not one (entity, fact and document ids have no `|`). */
export function edgeAddress(id: string): EdgeAddress | null {
  const [type, from, to, ...role] = id.split('|');
  if (to === undefined || role.length === 0 || !(RELATIONSHIP_TYPE_NAMES as string[]).includes(type!)) return null;
  return { key: id, type: type as RelationshipType, from: from!, to };
}
