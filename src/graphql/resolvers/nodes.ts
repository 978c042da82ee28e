import type { GraphQLContext } from '../context.js';
import { loadEntity } from '../entity-loaders.js';
import { graphId } from '../inputs.js';
import type { EntityShape } from '../shapes.js';

type NodeShape = EntityShape;

/** Any object by global id: the id's prefix says which loader knows it. Null when none has it. */
export async function loadNode(ctx: GraphQLContext, argument: string, id: string): Promise<NodeShape | null> {
  graphId(argument, id);
  return loadEntity(ctx, id);
}

/** The GraphQL type of a node record. */
export function nodeType(node: NodeShape): string {
  return node.label;
}
