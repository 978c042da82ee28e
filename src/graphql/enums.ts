import { ENTITY_KINDS, type EntityKind } from '../model/vocabulary.js';

/** Stored values are lower_snake (statistic, more_than); GraphQL enum values are UPPER_SNAKE. */
export const toEnum = (value: unknown): string | null => (typeof value === 'string' ? value.toUpperCase() : null);
export const fromEnum = (value: string): string => value.toLowerCase();

/** EntityKind enum value (PLACE) to Neo4j label (Place), through the vocabulary's allow-list. */
export function labelOf(kind: string): EntityKind {
  const label = (Object.keys(ENTITY_KINDS) as EntityKind[]).find((l) => l.toUpperCase() === kind);
  if (!label) throw new Error(`Unknown entity kind ${kind}`);
  return label;
}
