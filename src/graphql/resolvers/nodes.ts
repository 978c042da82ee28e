import type { GraphQLResolveInfo } from 'graphql';
import type { GraphQLContext } from '../context.js';
import { loadEntityWithSelectedFacts } from '../entity-facts.js';
import { graphId } from '../inputs.js';
import { allowListed, ENTITY_KIND_NAMES, type EntityKind } from '../../model/vocabulary.js';
import type { DocumentShape, EntityShape, EvidenceShape, FactShape } from '../shapes.js';
import { loadDocument, loadEvidence, loadFact } from '../source-loaders.js';

type NodeShape = EntityShape | FactShape | DocumentShape | EvidenceShape;
type NodeTypeName = EntityKind | 'Fact' | 'Document' | 'Evidence';

/** Which loader knows the objects whose ids start with a prefix; entities are everything else. */
const BY_PREFIX: [prefix: string, typeName: NodeTypeName, load: (ctx: GraphQLContext, id: string) => Promise<NodeShape | null>][] = [
  ['fact:', 'Fact', loadFact],
  ['doc:', 'Document', loadDocument],
  ['ev:', 'Evidence', loadEvidence],
];

/** Any object by global id: the id's prefix says which loader knows it. Null when none has it. */
export function loadNode(ctx: GraphQLContext, argument: string, id: string, info: GraphQLResolveInfo): Promise<NodeShape | null> {
  graphId(argument, id);
  const known = BY_PREFIX.find(([prefix]) => id.startsWith(prefix));
  return known ? known[2](ctx, id) : loadEntityWithSelectedFacts(ctx, id, info);
}

/** The GraphQL type of a node record, from its id's prefix or, for entities, its label. */
export function nodeType(node: NodeShape): NodeTypeName {
  const known = BY_PREFIX.find(([prefix]) => node.id.startsWith(prefix));
  // Ids without one of those prefixes are entities' (as in loadNode).
  return known ? known[1] : allowListed((node as EntityShape).label, ENTITY_KIND_NAMES);
}
