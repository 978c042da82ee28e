import {
  connections,
  MAX_DEPTH,
  MAX_HOPS,
  MAX_NEIGHBORHOOD_NODES,
  MAX_PATHS,
  neighborhood,
  shortestPaths,
  type ConnectionRows,
  type PathRows,
  type SubgraphRows,
} from '../../data/graph.js';
import type { Row } from '../../db/neo4j.js';
import type { Resolvers } from '../generated/resolvers.js';
import { badInput, graphId, inRange } from '../inputs.js';
import { selectedEntityProjection } from '../projection.js';
import { queryOptions } from '../query-options.js';
import { documentRecord, edgeRecord, entityRecord, factRecord } from '../records.js';
import type { ConnectionsShape, PathShape, SubgraphShape } from '../shapes.js';

// Neighbourhoods, paths and connections: each answered by one statement, whole, with evidence.

const entities = (rows: Row[]) => rows.map(entityRecord);
const edges = (rows: Row[]) => rows.map(edgeRecord);

/** Edges a subgraph answers at most (Subgraph.edges' @listSize): a dense neighbourhood is cut, and says so. */
const MAX_SUBGRAPH_EDGES = 1000;

const subgraph = (found: SubgraphRows): SubgraphShape => ({
  center: entityRecord(found.center),
  nodes: entities([found.center, ...found.nodes]),
  edges: edges(found.edges.slice(0, MAX_SUBGRAPH_EDGES)),
  truncated: found.truncated || found.edges.length > MAX_SUBGRAPH_EDGES,
});

const path = (found: PathRows): PathShape => ({ length: found.edges.length, nodes: entities(found.nodes), edges: edges(found.edges) });

const connection = (found: ConnectionRows): ConnectionsShape => ({
  a: entityRecord(found.a),
  b: entityRecord(found.b),
  documents: found.documents.map(documentRecord),
  facts: found.facts.map(factRecord),
  edges: edges(found.edges),
});

/** A second entity id, which must differ from the first. */
function otherId(argument: string, value: string, first: string): string {
  if (graphId(argument, value) === first) throw badInput(argument, 'must name a different entity from the first');
  return value;
}

export const graphResolvers = {
  Query: {
    neighborhood: async (_parent, args, ctx, info) => {
      const found = await neighborhood(
        ctx.db,
        {
          id: graphId('id', args.id),
          depth: inRange('depth', args.depth, 1, MAX_DEPTH),
          types: args.relationshipTypes ?? [],
          limit: inRange('limit', args.limit, 1, MAX_NEIGHBORHOOD_NODES),
          projection: selectedEntityProjection(ctx, info),
        },
        queryOptions(ctx, 'neighborhood'),
      );
      return found && subgraph(found);
    },

    paths: async (_parent, args, ctx, info) => {
      const from = graphId('from', args.from);
      const found = await shortestPaths(
        ctx.db,
        {
          from,
          to: otherId('to', args.to, from),
          maxHops: inRange('maxHops', args.maxHops, 1, MAX_HOPS),
          types: args.relationshipTypes ?? [],
          limit: inRange('limit', args.limit, 1, MAX_PATHS),
          projection: selectedEntityProjection(ctx, info),
        },
        queryOptions(ctx, 'paths'),
      );
      return found.map(path);
    },

    connections: async (_parent, args, ctx) => {
      const a = graphId('a', args.a);
      const found = await connections(ctx.db, a, otherId('b', args.b, a), queryOptions(ctx, 'connections'));
      return found && connection(found);
    },
  },
} satisfies Resolvers;
