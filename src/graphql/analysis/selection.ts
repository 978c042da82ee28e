import {
  doTypesOverlap,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type InlineFragmentNode,
  type SelectionSetNode,
} from 'graphql';

// What an operation selects, collected the way graphql-js's collectFields does (fields merged by
// response key, @skip/@include honoured, each fragment expanded once per selection set), but
// memoised for the whole operation: a fragment spread at a thousand places, or twice at every level
// of a fan-out, is collected once per (field nodes, type). Depth, cost, projection and lookahead
// all read these collections, so an operation is walked once whatever its shape.

/** One field of a selection: every node that asks for it under one response key, merged. */
export interface SelectedField {
  readonly responseKey: string;
  readonly name: string;
  /** The type it was selected on: the selection's own, or a fragment's type condition. */
  readonly owner: GraphQLCompositeType;
  /** Its definition on the type it was selected on; undefined for `__typename` and other meta fields. */
  readonly definition: GraphQLField<unknown, unknown> | undefined;
  readonly nodes: readonly FieldNode[];
}

/** The fields selected on one type (an abstract type's selection includes the fragments of every type it may be). */
export interface Selection {
  readonly type: GraphQLCompositeType;
  readonly fields: ReadonlyMap<string, SelectedField>;
}

const EMPTY: ReadonlyMap<string, SelectedField> = new Map();

/** Ids of AST nodes, to key memoised collections by the exact field nodes they merge. */
const nodeIds = new WeakMap<object, number>();
let nextNodeId = 0;
function idOf(node: object): number {
  let id = nodeIds.get(node);
  if (id === undefined) nodeIds.set(node, (id = nextNodeId++));
  return id;
}

export class OperationSelections {
  private readonly collected = new Map<string, Selection>();
  private readonly argumentValues = new WeakMap<FieldNode, Record<string, unknown> | null>();
  /** Selections (fields, spreads, inline fragments) read so far: the work done, which tests bound. */
  visited = 0;

  constructor(
    readonly schema: GraphQLSchema,
    private readonly fragments: Readonly<Record<string, FragmentDefinitionNode>>,
    /** Coerced variable values, as execution sees them. */
    readonly variables: Readonly<Record<string, unknown>>,
  ) {}

  /** The selection of `nodes` (fields merged under one response key) on `type`, collected once. */
  of(nodes: readonly FieldNode[], type: GraphQLCompositeType): Selection {
    return this.collectOnce(
      `${type.name}:${nodes.map(idOf).join(',')}`,
      type,
      nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : [])),
    );
  }

  /** The selection of an operation's own selection set on its root type. */
  ofSet(set: SelectionSetNode, type: GraphQLCompositeType): Selection {
    return this.collectOnce(`${type.name}:set${idOf(set)}`, type, [set]);
  }

  private collectOnce(key: string, type: GraphQLCompositeType, sets: readonly SelectionSetNode[]): Selection {
    let selection = this.collected.get(key);
    if (!selection) {
      const fields = new Map<string, SelectedField>();
      const visited = new Set<string>();
      for (const set of sets) this.collect(set, type, type, fields, visited);
      selection = { type, fields: fields.size ? fields : EMPTY };
      this.collected.set(key, selection);
    }
    return selection;
  }

  /** The selection of the field `field` below `selection`, or undefined when it returns a leaf. */
  below(field: SelectedField): Selection | undefined {
    const returned = field.definition && getNamedType(field.definition.type);
    return returned && isCompositeType(returned) ? this.of(field.nodes, returned) : undefined;
  }

  /** A field's argument values (defaults and variables applied), or null when they do not coerce (execution reports that). */
  argumentsOf(field: SelectedField): Record<string, unknown> | null {
    const node = field.nodes[0]!;
    let values = this.argumentValues.get(node);
    if (values === undefined && field.definition) {
      try {
        values = getArgumentValues(field.definition, node, this.variables as Record<string, unknown>);
      } catch {
        values = null;
      }
      this.argumentValues.set(node, values);
    }
    return values ?? null;
  }

  private collect(
    set: SelectionSetNode,
    type: GraphQLCompositeType,
    owner: GraphQLCompositeType,
    fields: Map<string, SelectedField>,
    visited: Set<string>,
  ): void {
    for (const selection of set.selections) {
      this.visited++;
      if (!this.included(selection)) continue;
      if (selection.kind === Kind.FIELD) {
        this.add(fields, selection, owner);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = this.condition(selection, owner);
        if (condition && doTypesOverlap(this.schema, condition, type))
          this.collect(selection.selectionSet, type, condition, fields, visited);
      } else {
        const name = selection.name.value;
        // As in collectFields: a fragment already expanded in this selection adds nothing the second time.
        if (visited.has(name)) continue;
        visited.add(name);
        const fragment = this.fragments[name];
        const condition = fragment && this.condition(fragment, owner);
        if (condition && doTypesOverlap(this.schema, condition, type))
          this.collect(fragment.selectionSet, type, condition, fields, visited);
      }
    }
  }

  private add(fields: Map<string, SelectedField>, node: FieldNode, owner: GraphQLCompositeType): void {
    const name = node.name.value;
    let responseKey = node.alias?.value ?? name;
    const existing = fields.get(responseKey);
    // Validation lets one response key name different fields only on types that exclude each other.
    if (existing && existing.name !== name) responseKey = `${responseKey}@${owner.name}`;
    const merged = fields.get(responseKey);
    if (merged) {
      if (!merged.nodes.includes(node)) (merged.nodes as FieldNode[]).push(node);
      return;
    }
    const definition = isObjectType(owner) || isInterfaceType(owner) ? owner.getFields()[name] : undefined;
    fields.set(responseKey, { responseKey, name, owner, definition, nodes: [node] });
  }

  private condition(fragment: InlineFragmentNode | FragmentDefinitionNode, owner: GraphQLCompositeType): GraphQLCompositeType | undefined {
    if (!fragment.typeCondition) return owner;
    const type = this.schema.getType(fragment.typeCondition.name.value);
    return type && isCompositeType(type) ? type : undefined;
  }

  /** @skip and @include, read with this operation's variables. */
  private included(node: Parameters<typeof getDirectiveValues>[1]): boolean {
    if (!node.directives?.length) return true;
    const variables = this.variables as Record<string, unknown>;
    if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true) return false;
    return getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;
  }
}
