import {
  buildSchema,
  getNamedType,
  isAbstractType,
  isCompositeType,
  isInterfaceType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLCompositeType,
  type GraphQLField,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { CostTable } from '../../src/graphql/analysis/list-sizes.js';
import { QUERY_FIELDS } from '../../src/graphql/kind-fields.js';
import { loadTypeDefs } from '../../src/graphql/type-defs.js';
import { graphql, useApiServer } from '../support/graph.js';
import { seededRandom, type SeededRandom } from '../support/random.js';

// A property of the cost analysis, checked on the real schema and the seeded graph: whatever valid
// operation a client writes, what comes back holds no more objects than its cost, and no more bytes
// than its cost times the 4,096 bytes a cost unit stands for (schema/base.graphql, @cost).
const api = useApiServer();
const schema = buildSchema(loadTypeDefs().join('\n'));
const table = new CostTable(schema);
const BYTES_PER_UNIT = 4096;
const OPERATIONS = 150;

type Ids = Record<'entity' | 'fact' | 'document', string[]> & Record<string, string[]>;
type Random = SeededRandom;

const KIND_OF_SINGLE = new Map(Object.entries(QUERY_FIELDS).map(([label, [single]]) => [single, label]));

/** Argument text for a field, or null when it needs an argument this generator cannot make. */
function argumentsFor(field: GraphQLField<unknown, unknown>, parent: string, ids: Ids, r: Random): string | null {
  const parts: string[] = [];
  const listSize = table.of(parent, field.name).listSize;
  const entity = () => JSON.stringify(r.pick(ids.entity));
  for (const arg of field.args) {
    const name = arg.name;
    if (listSize?.slicingArguments.includes(name) && name !== 'ids' && r.next() < 0.6) {
      parts.push(`${name}: ${r.between(1, Math.min(listSize.max ?? 50, r.next() < 0.2 ? 500 : 12))}`);
    } else if (name === 'ids')
      parts.push(
        `ids: [${Array.from({ length: r.between(1, 6) }, () => JSON.stringify(r.pick([...ids.entity, ...ids.fact, ...ids.document]))).join(', ')}]`,
      );
    else if (!isNonNullType(arg.type) || arg.defaultValue !== undefined) continue;
    else if (name === 'id') {
      const kind = KIND_OF_SINGLE.get(field.name);
      const pool = kind
        ? ids[kind]!
        : field.name === 'fact'
          ? ids.fact
          : field.name === 'document'
            ? ids.document
            : field.name === 'node'
              ? [...ids.entity, ...ids.fact]
              : ids.entity;
      parts.push(`id: ${JSON.stringify(r.pick(pool))}`);
    } else if (['from', 'a'].includes(name)) parts.push(`${name}: ${entity()}`);
    else if (['to', 'b'].includes(name)) parts.push(`${name}: ${JSON.stringify(r.pick(ids.entity.slice(0, 40)))}`);
    else if (name === 'text')
      parts.push(`text: ${JSON.stringify(r.pick(['Guangzhou', 'live streaming', 'sales', 'Hangzhou base', 'anchors']))}`);
    else return null;
  }
  return parts.length ? `(${parts.join(', ')})` : '';
}

/** Aliases are unique in an operation, so that fields in different fragments never have to merge. */
let aliases = 0;

/** A random selection on `type`, `depth` composite levels deep at most. */
function selectionOn(type: GraphQLCompositeType, depth: number, ids: Ids, r: Random): string {
  const parts: string[] = ['__typename'];
  if (isObjectType(type) || isInterfaceType(type)) {
    const fields = Object.values(type.getFields());
    for (const field of fields.filter((f) => isLeafType(getNamedType(f.type)) && f.args.every((a) => !isNonNullType(a.type))))
      if (r.next() < 0.5) parts.push(field.name);
    const composite = fields.filter((f) => isCompositeType(getNamedType(f.type)));
    for (let i = 0; depth > 0 && composite.length && i < r.between(0, 3); i++) {
      const field = r.pick(composite);
      const args = argumentsFor(field, type.name, ids, r);
      if (args === null) continue;
      parts.push(
        `f${aliases++}: ${field.name}${args} { ${selectionOn(getNamedType(field.type) as GraphQLCompositeType, depth - 1, ids, r)} }`,
      );
    }
  }
  if (isAbstractType(type)) {
    for (const possible of schema.getPossibleTypes(type))
      if (r.next() < 0.3) parts.push(`... on ${possible.name} { ${selectionOn(possible, depth, ids, r)} }`);
  }
  return parts.join(' ');
}

/** Objects in a response's data: the data object itself (the response's one unit), and every object inside it. */
function objectsIn(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + objectsIn(v), 0);
  if (value === null || typeof value !== 'object') return 0;
  return 1 + Object.values(value).reduce((n: number, v) => n + objectsIn(v), 0);
}

describe('cost bounds what comes back', () => {
  const ids = {} as Ids;
  beforeAll(async () => {
    const rows = await api.db.read(
      'MATCH (n) WHERE n:Entity OR n:Fact OR n:Document RETURN n.id AS id, labels(n) AS labels ORDER BY n.id',
      {},
    );
    for (const row of rows) {
      for (const label of row.labels as string[])
        (ids[label === 'Entity' ? 'entity' : label === 'Fact' ? 'fact' : label === 'Document' ? 'document' : label] ??= []).push(
          String(row.id),
        );
    }
  });

  it(`for ${OPERATIONS} random valid operations: objects ≤ cost, bytes ≤ cost × ${BYTES_PER_UNIT}`, async () => {
    const root = schema.getQueryType()!;
    let answered = 0;
    for (let seed = 1; seed <= OPERATIONS; seed++) {
      const r = seededRandom(seed);
      aliases = 0;
      const field = r.pick(Object.values(root.getFields()).filter((f) => isCompositeType(getNamedType(f.type))));
      const args = argumentsFor(field, 'Query', ids, r);
      if (args === null) continue;
      const query = `{ ${field.name}${args} { ${selectionOn(getNamedType(field.type) as GraphQLCompositeType, r.between(1, 4), ids, r)} } }`;
      const res = await graphql(api.url, query);
      if (res.status !== 200) continue; // refused (cost, aliases, arguments): nothing came back
      const cost = res.extensions?.cost?.requested;
      expect(cost, `${query}\n${JSON.stringify(res.errors)}`).toBeGreaterThan(0);
      answered++;
      const { extensions: _extensions, ...body } = res as unknown as Record<string, unknown>;
      delete body.status;
      expect(objectsIn(res.data), query).toBeLessThanOrEqual(cost!);
      expect(Buffer.byteLength(JSON.stringify(body)), query).toBeLessThanOrEqual(cost! * BYTES_PER_UNIT);
    }
    // Most generated operations run: the property is not checked on refusals alone.
    expect(answered).toBeGreaterThan(OPERATIONS / 2);
  });
});
