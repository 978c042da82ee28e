import type { GraphQLResolveInfo } from 'graphql';
import type { GraphQLContext } from '../context.js';
import { loadEntityWithSelectedFacts } from '../entity-facts.js';
import { graphId } from '../inputs.js';
import { allowListed, ENTITY_KIND_NAMES, type EntityKind } from '../../model/vocabulary.js';
import { edgeAddress } from '../../model/edge-ids.js';
import type { DocumentShape, EdgeShape, EntityShape, EvidenceShape, FactShape } from '../shapes.js';
import { loadDocument, loadEdge, loadEvidence, loadFact } from '../source-loaders.js';

type NodeShape = EntityShape | FactShape | DocumentShape | EvidenceShape | EdgeShape;
type NodeTypeName = EntityKind | 'Fact' | 'Document' | 'Evidence' | 'GraphEdge';

/** Which loader knows the objects whose ids start with a prefix; entities are everything else. */
const BY_PREFIX: [prefix: string, typeName: NodeTypeName, load: (ctx: GraphQLContext, id: string) => Promise<NodeShape | null>][] = [
  ['fact:', 'Fact', loadFact],
  ['doc:', 'Document', loadDocument],
  ['ev:', 'Evidence', loadEvidence],
];

/**
 * Any object by global id: a relationship's id (TYPE|from|to|role) or the prefix of any other id says
 * which loader knows it. Null when none has it.
 */
export function loadNode(ctx: GraphQLContext, argument: string, id: string, info: GraphQLResolveInfo): Promise<NodeShape | null> {
  if (edgeAddress(id)) return loadEdge(ctx, id);
  graphId(argument, id);
  const known = BY_PREFIX.find(([prefix]) => id.startsWith(prefix));
  return known ? known[2](ctx, id) : loadEntityWithSelectedFacts(ctx, id, info);
}

/** The GraphQL type of a node record, from its id's prefix or, for entities, its label. */
export function nodeType(node: NodeShape): NodeTypeName {
  if (edgeAddress(node.id)) return 'GraphEdge';
  const known = BY_PREFIX.find(([prefix]) => node.id.startsWith(prefix));
  // Ids without one of those prefixes are entities' (as in loadNode).
  return known ? known[1] : allowListed((node as EntityShape).label, ENTITY_KIND_NAMES);
}
