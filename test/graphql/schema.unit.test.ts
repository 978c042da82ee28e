import { buildSchema, isNonNullType, isEnumType, isInputObjectType, isInterfaceType, isObjectType, isUnionType, isScalarType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../../src/graphql/type-defs.js';

// The SDL is the contract: every type, field, argument, input field and enum value says what it is.
const schema = buildSchema(loadTypeDefs().join('\n'));

describe('schema/*.graphql', () => {
  it('describes every type, field, argument, input field and enum value', () => {
    const missing: string[] = [];
    const need = (where: string, description: string | null | undefined) => {
      if (!description?.trim()) missing.push(where);
    };
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      need(type.name, type.description);
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields())) {
          need(`${type.name}.${field.name}`, field.description);
          for (const arg of field.args) need(`${type.name}.${field.name}(${arg.name})`, arg.description);
        }
      } else if (isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) need(`${type.name}.${field.name}`, field.description);
      } else if (isEnumType(type)) {
        for (const value of type.getValues()) need(`${type.name}.${value.name}`, value.description);
      } else if (!isUnionType(type) && !isScalarType(type)) {
        missing.push(`${String(type)}: unexpected kind of type`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('makes every root query field nullable, so that an error in one leaves the others\' data', () => {
    const nonNull = Object.values(schema.getQueryType()!.getFields())
      .filter((field) => isNonNullType(field.type))
      .map((field) => `${field.name}: ${String(field.type)}`);
    expect(nonNull).toEqual([]);
  });

  it('has one file per domain', () => {
    expect(loadTypeDefs().length).toBeGreaterThanOrEqual(5);
  });
});
