import type { Database } from '../../src/db/neo4j.js';
import { loadSeedChunks } from '../../src/seed/bulk.js';
import { COUNTS, WIPE } from '../../src/seed/load.js';
import { applySchema } from '../../src/seed/schema.js';
import { DEFAULT_SEED, generateScaleChunks, SCALE_VERSION, scaleChunkCount } from './generate.js';

export interface EnsureScaleOptions {
  entities: number;
  seed?: number;
  /** Entities per chunk (one write transaction each); see generateScaleChunks. */
  chunkEntities?: number;
  /** Wipe a graph that is not a scale graph (say, the seed graph) instead of refusing to. */
  wipeOtherGraph?: boolean;
  progress?: (msg: string) => void;
}

export interface ScaleGraph {
  entities: number;
  seed: number;
  /** The graph's size, the marker node not counted. */
  nodes: number;
  relationships: number;
  /** Of the load that built the graph (an earlier run's when reused). */
  seconds: number;
  nodesPerSecond: number;
  relationshipsPerSecond: number;
  reused: boolean;
  maxDegree: number;
  degreePercentiles: { p50: number; p90: number; p99: number; p999: number };
}

/** Raised instead of wiping a graph that this module did not build. */
export class ScaleGraphError extends Error {
  override name = 'ScaleGraphError';
}

// (:ScaleMeta) is a bench-only label: one marker node that says which scale graph the database
// holds and how far its load got. Nothing the API serves reads it.
const READ_MARKERS = 'MATCH (m:ScaleMeta) RETURN m {.*} AS meta';
const START_MARKER = 'CREATE (m:ScaleMeta) SET m = $meta';
const UPDATE_MARKER = 'MATCH (m:ScaleMeta) SET m += $meta';
const DELETE_MARKERS = 'MATCH (m:ScaleMeta) DELETE m';
const ANY_NODE = 'MATCH (n) WHERE NOT n:ScaleMeta RETURN true AS found LIMIT 1';
const DEGREES = `
MATCH (n:Entity) WITH n.degree AS d
RETURN max(d) AS maxDegree, percentileDisc(d, 0.5) AS p50, percentileDisc(d, 0.9) AS p90,
       percentileDisc(d, 0.99) AS p99, percentileDisc(d, 0.999) AS p999`;

type Marker = Record<string, number | boolean>;

/**
 * Makes sure the database holds the scale graph of `entities` entities generated with `seed`:
 * reuses it when a completed marker says so, resumes a load that was interrupted (the marker
 * counts the chunks committed), and otherwise wipes the graph, applies the schema and loads it.
 */
export async function ensureScaleGraph(db: Database, opts: EnsureScaleOptions): Promise<ScaleGraph> {
  const progress = opts.progress ?? (() => {});
  const scale = { entities: opts.entities, seed: opts.seed ?? DEFAULT_SEED };
  const wanted = { ...scale, version: SCALE_VERSION };
  const markers = (await db.read(READ_MARKERS)).map((r) => r.meta as Marker);
  const marker = markers.length === 1 && Object.entries(wanted).every(([k, v]) => markers[0]![k] === v) ? markers[0]! : undefined;
  const size = async () => {
    const [row] = await db.read(COUNTS);
    // The marker is one node of the database but not of the graph.
    return { nodes: Number(row?.nodes) - 1, relationships: Number(row?.relationships) };
  };

  if (marker?.complete) {
    progress(`Reusing the scale graph of ${wanted.entities} entities (seed ${wanted.seed}) already in the database`);
    return { ...scale, ...(await size()), ...loadFigures(marker), reused: true };
  }
  const done = Number(marker?.chunksDone ?? 0);
  if (marker) progress(`Resuming an interrupted load after its chunk ${done}`);
  else {
    if (markers.length === 0 && (await db.read(ANY_NODE)).length > 0 && !opts.wipeOtherGraph) {
      throw new ScaleGraphError(
        'The database holds a graph that is not a scale graph; refusing to wipe it (use an empty database, or --wipe).',
      );
    }
    progress('Wiping the graph');
    // The marker goes first: a wipe cut short must never leave a marker over a half-empty graph.
    await db.write(DELETE_MARKERS);
    await db.autoCommit(WIPE);
    await db.write(START_MARKER, { meta: { ...wanted, complete: false, chunksDone: 0 } });
  }
  await applySchema(db);

  const options = { ...scale, chunkEntities: opts.chunkEntities };
  async function* chunks() {
    let committed = done;
    for (const chunk of generateScaleChunks({ ...options, startChunk: done })) {
      yield chunk;
      // The loader asks for the next chunk only once this one is committed: record it for a resume.
      await db.write(UPDATE_MARKER, { meta: { chunksDone: ++committed } });
    }
  }
  const total = scaleChunkCount(options);
  progress(`Loading ${wanted.entities} entities (seed ${wanted.seed}) in ${total - done} chunks`);
  const load = await loadSeedChunks(db, chunks(), { total: total - done, progress });
  const [degrees] = await db.read(DEGREES);
  const figures: Marker = {
    seconds: load.seconds,
    nodesPerSecond: load.nodesPerSecond,
    relationshipsPerSecond: load.relationshipsPerSecond,
    ...(Object.fromEntries(Object.entries(degrees ?? {}).map(([k, v]) => [k, Number(v)])) as Marker),
  };
  await db.write(UPDATE_MARKER, { meta: { ...figures, complete: true } });
  return { ...scale, ...(await size()), ...loadFigures(figures), reused: false };
}

function loadFigures(m: Marker): Omit<ScaleGraph, 'entities' | 'seed' | 'nodes' | 'relationships' | 'reused'> {
  const n = (k: string) => Number(m[k] ?? 0);
  return {
    seconds: n('seconds'),
    nodesPerSecond: n('nodesPerSecond'),
    relationshipsPerSecond: n('relationshipsPerSecond'),
    maxDegree: n('maxDegree'),
    degreePercentiles: { p50: n('p50'), p90: n('p90'), p99: n('p99'), p999: n('p999') },
  };
}
