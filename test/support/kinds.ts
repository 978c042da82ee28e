/** The Query fields of each entity kind in the SDL: one entity by id, and a page of them. */
export const KIND_FIELDS: Record<string, [single: string, list: string]> = {
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
