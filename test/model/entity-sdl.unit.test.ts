import { readFileSync } from 'node:fs';
import { buildSchema, isEnumType, type GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ENTITY_KIND_DECLARATIONS, KIND_ENUMS } from '../../src/model/entity-kinds.js';
import { entitiesSdl } from '../../src/model/entity-sdl.js';
import {
  CHANGE_BASES,
  ENTITY_KIND_NAMES,
  FACT_KINDS,
  QUALIFIERS,
  RELATIONSHIP_TYPE_NAMES,
  SUBJECT_ROLES,
} from '../../src/model/vocabulary.js';
import { loadTypeDefs } from '../../src/graphql/type-defs.js';

// The SDL of the entity kinds is written from their declarations; these tests fail when the file on
// disk is stale or when an enum of the SDL and the vocabulary the Cypher uses disagree.

const schema = buildSchema(loadTypeDefs().join('\n'));
const valuesOf = (name: string) => {
  const type = schema.getType(name);
  if (!isEnumType(type)) throw new Error(`${name} is not an enum of the SDL`);
  return (type as GraphQLEnumType).getValues().map((v) => v.name);
};
const upper = (values: readonly string[]) => values.map((v) => v.toUpperCase());

describe('schema/entities.graphql', () => {
  it('is what the kind declarations write (run `npm run schema:generate` after changing a kind)', () => {
    expect(readFileSync(new URL('../../schema/entities.graphql', import.meta.url), 'utf8')).toBe(entitiesSdl());
  });

  it('has a type, a relation edge, a connection, a filter and an order per declared kind, and query fields named as declared', () => {
    const query = schema.getQueryType()!.getFields();
    for (const [kind, k] of Object.entries(ENTITY_KIND_DECLARATIONS)) {
      for (const type of [
        kind,
        `${kind}Relation`,
        `${kind}Connection`,
        `${kind}Edge`,
        `${kind}Filter`,
        `${kind}Order`,
        `${kind}OrderField`,
      ])
        expect(schema.getType(type), type).toBeDefined();
      expect(String(query[k.single]?.type)).toBe(kind);
      expect(String(query[k.plural]?.type)).toBe(`${kind}Connection`);
    }
  });
});

describe('the SDL enums', () => {
  it('match the vocabulary the Cypher and the seed format use', () => {
    expect(valuesOf('EntityKind')).toEqual(upper(ENTITY_KIND_NAMES));
    expect(valuesOf('RelationshipType')).toEqual(RELATIONSHIP_TYPE_NAMES);
    expect(valuesOf('FactKind')).toEqual(upper(FACT_KINDS));
    expect(valuesOf('Qualifier')).toEqual(upper(QUALIFIERS));
    expect(valuesOf('ChangeBasis')).toEqual(upper(CHANGE_BASES));
    expect(valuesOf('SubjectRole')).toEqual(upper(SUBJECT_ROLES));
    for (const e of Object.values(KIND_ENUMS)) expect(valuesOf(e.graphql)).toEqual(upper(Object.keys(e.values)));
  });
});
