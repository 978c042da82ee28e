import type { EntityKind } from '../model/vocabulary.js';

/** Query field names per kind: one entity, and a page of them. */
export const QUERY_FIELDS: Record<EntityKind, [single: string, list: string]> = {
  Place: ['place', 'places'],
  Person: ['person', 'people'],
  Organization: ['organization', 'organizations'],
  Platform: ['platform', 'platforms'],
  Base: ['base', 'bases'],
  Occupation: ['occupation', 'occupations'],
  Policy: ['policy', 'policies'],
  Event: ['event', 'events'],
  Report: ['report', 'reports'],
};
