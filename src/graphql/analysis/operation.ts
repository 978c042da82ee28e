import {
  getVariableValues,
  Kind,
  OperationTypeNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { isListField, listItems, type CostTable } from './list-sizes.js';
import { OperationSelections, type SelectedField, type Selection } from './selection.js';

/**
 * What each mutation field costs besides the objects it returns: a write holds a write
 * transaction and its locks, and is audited, so a request of many writes is refused sooner.
 */
const WRITE_COST = 1_000;

/** Lists of the object a field returns that take its size (a connection's `nodes` and `edges`). */
interface Sized {
  names: readonly string[];
  size: number;
}

const isMeta = (field: SelectedField) => field.name.startsWith('__');

/**
 * One operation, analysed once: its selections (shared with resolvers for projection and
 * lookahead), its depth and its cost. Every measure is memoised per selection, so the work is
 * linear in the distinct selections of the document, however often fragments are spread.
 */
export class OperationAnalysis {
  readonly selections: OperationSelections;
  readonly root: Selection | undefined;
  private readonly depths = new Map<Selection, number>();
  private readonly costs = new Map<Selection, Map<number, number>>();
  private cached: { cost: number; depth: number } | undefined;

  constructor(
    private readonly table: CostTable,
    schema: GraphQLSchema,
    fragments: Readonly<Record<string, FragmentDefinitionNode>>,
    private readonly operation: OperationDefinitionNode,
    variables: Readonly<Record<string, unknown>>,
  ) {
    this.selections = new OperationSelections(schema, fragments, variables);
    const rootType = schema.getRootType(operation.operation);
    this.root = rootType ? this.selections.ofSet(operation.selectionSet, rootType) : undefined;
  }

  /** Deepest field nesting; introspection fields neither count nor are followed. */
  get depth(): number {
    return this.measures().depth;
  }

  /**
   * Objects the operation may return, each counting 1, multiplied by the sizes of the lists around it;
   * plus the weights of long text fields, plus WRITE_COST per mutation field. Never less than what can
   * come back: list sizes are the slicing argument given, or the most the field returns without one.
   */
  get cost(): number {
    return this.measures().cost;
  }

  private measures(): { cost: number; depth: number } {
    if (!this.cached) {
      const root = this.root;
      const mutation = this.operation.operation === OperationTypeNode.MUTATION;
      const writes = mutation && root ? [...root.fields.values()].filter((f) => !isMeta(f)).length : 0;
      this.cached = {
        // The response itself is one object, so that even `{ __typename }` has a cost to bound its bytes.
        cost: root ? 1 + this.costOf(root, undefined) + writes * WRITE_COST : 1,
        depth: root ? this.depthOf(root) : 0,
      };
    }
    return this.cached;
  }

  private depthOf(selection: Selection): number {
    let depth = this.depths.get(selection);
    if (depth === undefined) {
      depth = 0;
      for (const field of selection.fields.values()) {
        if (isMeta(field)) continue;
        const below = this.selections.below(field);
        depth = Math.max(depth, 1 + (below ? this.depthOf(below) : 0));
      }
      this.depths.set(selection, depth);
    }
    return depth;
  }

  private costOf(selection: Selection, sized: Sized | undefined): number {
    const key = sized ? sized.size : -1;
    let bySize = this.costs.get(selection);
    const known = bySize?.get(key);
    if (known !== undefined) return known;
    let total = 0;
    for (const field of selection.fields.values()) {
      if (isMeta(field) || !field.definition) continue;
      const { weight, listSize } = this.table.of(field.owner.name, field.name);
      const below = this.selections.below(field);
      if (!below) {
        total += weight;
        continue;
      }
      // How many items the field may return (1 for a field the SDL does not size). A negative `first`
      // (an Int, as Relay has it) is refused at execution; it must not lower the cost of the rest first.
      const items = listSize ? Math.max(0, listItems(listSize, this.selections.argumentsOf(field)).count) : 1;
      const size = isListField(field.definition) ? (sized?.names.includes(field.name) ? sized.size : items) : 1;
      const childSized = listSize?.sizedFields.length ? { names: listSize.sizedFields, size: items + listSize.extraItems } : undefined;
      total += size * (1 + weight + this.costOf(below, childSized));
    }
    if (!bySize) this.costs.set(selection, (bySize = new Map()));
    bySize.set(key, total);
    return total;
  }
}

/** The analysis of the operation of a validated document that a request runs. */
export function analyseOperation(
  table: CostTable,
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown>,
): OperationAnalysis {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  // Variables that do not coerce are refused at execution; until then they count as given.
  const variables = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables).coerced ?? rawVariables;
  return new OperationAnalysis(table, schema, fragments, operation, variables);
}
