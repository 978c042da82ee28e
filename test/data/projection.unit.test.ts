import { describe, expect, it } from 'vitest';
import { entityMap, entityProjection, projectionKey, withProperties } from '../../src/data/projection.js';

describe('entity projection', () => {
  it('always keeps id, kind and name, in a stable order whatever order the names come in', () => {
    expect(entityProjection([])).toEqual(['id', 'kind', 'name']);
    expect(entityProjection(['description', 'degree', 'id'])).toEqual(['id', 'kind', 'name', 'description', 'degree']);
    expect(projectionKey(entityProjection(['degree', 'description']))).toBe(projectionKey(entityProjection(['description', 'degree'])));
  });

  it('drops names that are not stored entity properties, so no input reaches the Cypher text', () => {
    const projection = entityProjection(['facts', 'relationships', '__typename', 'name} RETURN 1 //']);
    expect(projection).toEqual(['id', 'kind', 'name']);
    expect(entityMap('n', projection)).toBe('n {.id, .kind, .name}');
  });

  it('writes every property for "all", and adds properties only to a partial projection', () => {
    expect(entityMap('m', 'all')).toBe('m {.*}');
    expect(withProperties('all', 'degree')).toBe('all');
    expect(withProperties(entityProjection([]), 'degree')).toEqual(['id', 'kind', 'name', 'degree']);
  });
});
