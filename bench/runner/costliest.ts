import {
  GraphQLNonNull,
  isNonNullType,
  Kind,
  OperationTypeNode,
  parse,
  parseType,
  print,
  TypeInfo,
  validate,
  visit,
  visitWithTypeInfo,
  type ArgumentNode,
  type FieldNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type VariableDefinitionNode,
} from 'graphql';

/** The arguments that size a list, in the order one is picked when a field has several. */
const SIZE_ARGUMENTS = ['first', 'limit'];

/** A size argument turned into a variable: `$size0` sizes `Query.places(first)`. */
export interface Knob {
  variable: string;
  field: string;
}

export interface SizedOperation {
  /** The operation, with one variable per sized field. */
  query: string;
  /** In document order: outer fields first. */
  knobs: Knob[];
}

const name = (value: string) => ({ kind: Kind.NAME, value }) as const;

/**
 * Gives every field of `template` that takes a size argument (per the schema, so a size argument
 * added later becomes a knob too) a variable for it, declared with the argument's own type.
 * Throws when the result does not validate against the schema.
 */
export function sizeKnobs(schema: GraphQLSchema, template: string): SizedOperation {
  const typeInfo = new TypeInfo(schema);
  const knobs: Knob[] = [];
  const declarations: VariableDefinitionNode[] = [];
  const sized = visit(
    parse(template),
    visitWithTypeInfo(typeInfo, {
      Field(node): FieldNode | undefined {
        const arg = SIZE_ARGUMENTS.map((n) => typeInfo.getFieldDef()?.args.find((a) => a.name === n)).find((a) => a !== undefined);
        if (!arg || node.arguments?.some((a) => a.name.value === arg.name)) return undefined;
        const variable = `size${knobs.length}`;
        knobs.push({ variable, field: `${typeInfo.getParentType()?.name ?? '?'}.${node.name.value}(${arg.name})` });
        // Non-null, so a size is always sent; allowed wherever the argument itself is nullable.
        const type = isNonNullType(arg.type) ? arg.type : new GraphQLNonNull(arg.type);
        declarations.push({
          kind: Kind.VARIABLE_DEFINITION,
          variable: { kind: Kind.VARIABLE, name: name(variable) },
          type: parseType(String(type)),
        });
        const argument: ArgumentNode = { kind: Kind.ARGUMENT, name: name(arg.name), value: { kind: Kind.VARIABLE, name: name(variable) } };
        return { ...node, arguments: [...(node.arguments ?? []), argument] };
      },
      OperationDefinition: {
        leave: (node): OperationDefinitionNode => ({
          ...node,
          operation: OperationTypeNode.QUERY,
          name: name('Costliest'),
          variableDefinitions: declarations,
        }),
      },
    }),
  );
  const errors = validate(schema, sized);
  if (errors.length > 0) throw new Error(`the template does not fit the schema: ${errors.map((e) => e.message).join('; ')}`);
  return { query: print(sized), knobs };
}

/** Whether the server accepts the operation with these sizes (answers it without refusing). */
export type Probe = (sizes: readonly number[]) => Promise<boolean>;

/**
 * The largest sizes the server accepts, or undefined when it refuses even all ones: each knob in
 * `order` in turn is raised as far as it goes with the others held, doubling until refused (or
 * `max`) and then bisecting. Assumes cost never falls as a size grows, so one pass suffices: once
 * a knob is maximal, raising any earlier one again would only cost more.
 */
export async function largestAccepted(
  knobCount: number,
  order: readonly number[],
  max: number,
  accepted: Probe,
): Promise<number[] | undefined> {
  const sizes: number[] = Array.from({ length: knobCount }, () => 1);
  if (!(await accepted(sizes))) return undefined;
  const withKnob = (i: number, v: number) => sizes.map((s, j) => (j === i ? v : s));
  for (const i of order) {
    let lo = 1; // accepted
    let hi = max + 1; // refused, or beyond what we try
    for (let v = 2; v <= max; v = Math.min(v * 2, max)) {
      if (!(await accepted(withKnob(i, v)))) {
        hi = v;
        break;
      }
      lo = v;
      if (v === max) break;
    }
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (await accepted(withKnob(i, mid))) lo = mid;
      else hi = mid;
    }
    sizes[i] = lo;
  }
  return sizes;
}
