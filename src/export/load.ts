import type { Database, QueryOptions, Row } from '../db/neo4j.js';
import { documentsByIds } from '../data/documents.js';
import { entitiesByIds } from '../data/entities.js';
import { graphSize, wholeGraph, type GraphSize } from '../data/export.js';
import { MAX_NEIGHBORHOOD_NODES, MAX_PATHS, neighborhood, shortestPaths } from '../data/graph.js';
import { exportDocument, exportEdge, exportFact, exportNode, type ExportGraph } from './model.js';

// What an export holds, read through the data layer: the whole graph, a neighbourhood or the shortest paths.

export type ExportScope =
  { scope: 'all' } | { scope: 'neighborhood'; id: string; depth: number } | { scope: 'path'; from: string; to: string; maxHops: number };

/** The most a whole-graph export builds; a larger graph is refused before anything is read (see README, Exports). */
export interface ExportCaps {
  entities: number;
  relationships: number;
  facts: number;
}
export const DEFAULT_EXPORT_CAPS: ExportCaps = { entities: 10_000, relationships: 25_000, facts: 25_000 };

/** An id names no entity: 404, naming the parameter. */
export class UnknownEntityError extends Error {
  constructor(
    readonly parameter: string,
    readonly id: string,
  ) {
    super(`No entity has the id ${JSON.stringify(id)}.`);
  }
}

/** The whole graph is larger than a cap: 413, saying what was counted. */
export class ExportTooLargeError extends Error {
  constructor(
    readonly size: GraphSize,
    readonly caps: ExportCaps,
  ) {
    super(
      `The whole graph holds ${size.entities} entities, ${size.relationships} relationships and ${size.facts} facts, above this server's export limits of ${caps.entities}, ${caps.relationships} and ${caps.facts}; export a neighbourhood or a path, or read the graph over Bolt.`,
    );
  }
}

interface Content {
  nodes: Row[];
  edges: Row[];
  facts: Row[];
  title: string;
  truncated: boolean;
}

async function all(db: Database, caps: ExportCaps, withFacts: boolean, opts?: QueryOptions): Promise<Content> {
  const size = await graphSize(db, opts);
  if (size.entities > caps.entities || size.relationships > caps.relationships || (withFacts && size.facts > caps.facts))
    throw new ExportTooLargeError(size, caps);
  return { ...(await wholeGraph(db, withFacts, opts)), title: 'The whole livegraph knowledge graph', truncated: false };
}

async function around(db: Database, id: string, depth: number, opts?: QueryOptions): Promise<Content> {
  const found = await neighborhood(db, { id, depth, types: [], limit: MAX_NEIGHBORHOOD_NODES, projection: 'all' }, opts);
  if (!found) throw new UnknownEntityError('id', id);
  return {
    nodes: [found.center, ...found.nodes],
    edges: found.edges,
    facts: [],
    title: `Entities within ${depth} relationship${depth === 1 ? '' : 's'} of ${String(found.center.name)} (${id})`,
    truncated: found.truncated,
  };
}

/** The union of the shortest paths, with both ends even when no path joins them within maxHops. */
async function between(db: Database, from: string, to: string, maxHops: number, opts?: QueryOptions): Promise<Content> {
  const ends = await entitiesByIds(db, [from, to], 'all', opts);
  for (const [parameter, id] of [
    ['from', from],
    ['to', to],
  ] as const)
    if (!ends.has(id)) throw new UnknownEntityError(parameter, id);
  const paths = await shortestPaths(db, { from, to, maxHops, types: [], limit: MAX_PATHS, projection: 'all' }, opts);
  const nodes = new Map([...ends].concat(paths.flatMap((p) => p.nodes.map((n): [string, Row] => [String(n.id), n]))));
  const edges = new Map(paths.flatMap((p) => p.edges.map((e): [string, Row] => [exportEdge(e).id, e])));
  return {
    nodes: [...nodes.values()],
    edges: [...edges.values()],
    facts: [],
    title: `Shortest paths of at most ${maxHops} relationships from ${from} to ${to} (${paths.length} found)`,
    truncated: false,
  };
}

/**
 * The export of a scope: entities and relationships, and for the whole graph with `withFacts` the
 * facts too; with `withDocuments` the documents every quote comes from.
 */
export async function loadExport(
  db: Database,
  scope: ExportScope,
  options: { withFacts: boolean; withDocuments: boolean; caps: ExportCaps },
  opts?: QueryOptions,
): Promise<ExportGraph> {
  const content =
    scope.scope === 'all'
      ? await all(db, options.caps, options.withFacts, opts)
      : scope.scope === 'neighborhood'
        ? await around(db, scope.id, scope.depth, opts)
        : await between(db, scope.from, scope.to, scope.maxHops, opts);
  const edges = content.edges.map(exportEdge);
  const facts = content.facts.map(exportFact);
  const cited = [...new Set([...edges, ...facts].flatMap((item) => item.evidence.map((e) => e.document)))].sort();
  const documents = options.withDocuments ? [...(await documentsByIds(db, cited, opts)).values()].map(exportDocument) : [];
  return { title: content.title, nodes: content.nodes.map(exportNode), edges, facts, documents, truncated: content.truncated };
}
