import type { ApolloServerPlugin } from '@apollo/server';
import {
  getArgumentValues,
  getVariableValues,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  OperationTypeNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { LimitError } from './limits.js';
import { DEFAULT_PAGE_SIZE } from './pagination.js';

/** Items assumed for a list whose size no argument bounds (mentions, documents, relation lists). */
const UNSIZED_LIST_ITEMS = 10;
const SIZE_ARGUMENTS = ['first', 'last', 'limit'] as const;
/**
 * What each mutation field costs besides the objects it returns: a write holds a write
 * transaction and its locks, and is audited, so a request of many writes is refused sooner.
 */
export const WRITE_COST = 1_000;

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

/** The page size a field asks for (first/last/limit, or their defaults), or undefined when it has none. */
function requestedSize(field: GraphQLField<unknown, unknown>, node: Parameters<typeof getArgumentValues>[1], variables: Walk['variables']): number | undefined {
  if (!field.args.some((a) => (SIZE_ARGUMENTS as readonly string[]).includes(a.name))) return undefined;
  let args: Record<string, unknown> = {};
  try {
    args = getArgumentValues(field, node, variables);
  } catch {
    // Invalid variables are rejected before execution; cost the field at its default size.
  }
  const size = SIZE_ARGUMENTS.map((name) => args[name]).find((v) => typeof v === 'number');
  return typeof size === 'number' ? size : DEFAULT_PAGE_SIZE;
}

/**
 * Each object a selection may return costs 1, multiplied by the sizes of the lists around it:
 * a field with first/last/limit multiplies its children by that size; a list without one by
 * a default, except directly inside a sized object (a connection's edges, a subgraph's nodes),
 * whose size already counts them. Leaves and introspection cost nothing.
 */
function selectionCost(w: Walk, set: SelectionSetNode, type: GraphQLCompositeType, underSizedField: boolean): number {
  let total = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      const fields = isObjectType(type) || isInterfaceType(type) ? type.getFields() : {};
      const field = fields[selection.name.value];
      const returned = field && getNamedType(field.type);
      if (!field || !selection.selectionSet || !isCompositeType(returned)) continue;
      const size = requestedSize(field, selection, w.variables);
      const isList = isListType(getNullableType(field.type));
      const listItems = isList && !underSizedField ? UNSIZED_LIST_ITEMS : 1;
      // A sized field returning one object (a connection, a subgraph) sizes the lists directly in it.
      const sizesChildren = size !== undefined && !isList;
      total += (size ?? listItems) * (1 + selectionCost(w, selection.selectionSet, returned, sizesChildren));
    } else {
      const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : w.fragments.get(selection.name.value);
      if (!fragment) continue;
      const condition = fragment.typeCondition ? w.schema.getType(fragment.typeCondition.name.value) : type;
      // Fragments on several types of an abstract field are summed: an upper bound, never an underestimate.
      if (isCompositeType(condition)) total += selectionCost(w, fragment.selectionSet, condition, underSizedField);
    }
  }
  return total;
}

/** The estimated cost of one operation of a validated document. */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): number {
  const fragments = new Map(
    document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])),
  );
  // Variable defaults count; variables that do not coerce are refused at execution, and cost as given.
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables).coerced ?? variables;
  const root = schema.getRootType(operation.operation);
  const read = root ? selectionCost({ schema, fragments, variables: coerced }, operation.selectionSet, root, false) : 0;
  const writes = operation.operation === OperationTypeNode.MUTATION ? operation.selectionSet.selections.filter((s) => s.kind === Kind.FIELD).length : 0;
  return read + writes * WRITE_COST;
}

/**
 * Rejects operations above `maxCost` before they run, and reports the cost of every operation
 * in `extensions.cost` ({ requested, limit }), the way GitHub and Shopify do, so clients can pace.
 */
export function costPlugin<C extends object>(maxCost: number): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      let requested: number | undefined;
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          requested = operationCost(schema, document, operation, request.variables ?? {});
          if (requested > maxCost) throw new LimitError('cost', maxCost, requested);
        },
        async willSendResponse({ response }) {
          if (requested === undefined || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, cost: { requested, limit: maxCost } };
        },
      };
    },
  };
}
