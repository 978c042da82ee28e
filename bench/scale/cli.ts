import { parseArgs } from 'node:util';
import { loadConfig, type Config } from '../../src/config/env.js';
import { connectGraph } from '../../src/graph-connection.js';
import { DEFAULT_SEED } from './generate.js';
import { ensureScaleGraph, ScaleGraphError } from './ensure.js';
import { neo4jMemoryFor, scaleDataDir } from './sizing.js';

// `npm run scale -- --entities 100000 [--seed 42] [--wipe]`: builds (or finds) the synthetic graph of
// that size in an embedded Neo4j of its own in .data/bench/<entities> (or NEO4J_URI), and prints the
// load throughput and the degree distribution.

const USAGE = 'usage: npm run scale -- --entities <N> [--seed <N>] [--wipe]';

function wholeNumber(name: string, value: string | undefined, fallback?: number): number {
  if (value === undefined && fallback !== undefined) return fallback;
  if (value === undefined || !/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 10_000_000) {
    throw new Error(`--${name} must be a whole number from 1 to 10000000, not ${JSON.stringify(value ?? '')}`);
  }
  return Number(value);
}

function parseCli(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: { entities: { type: 'string' }, seed: { type: 'string' }, wipe: { type: 'boolean', default: false } },
  });
  return { entities: wholeNumber('entities', values.entities), seed: wholeNumber('seed', values.seed, DEFAULT_SEED), wipe: values.wipe };
}

// Entities by degree in powers of two: 1, 2–3, 4–7, … (the epsilon keeps log(8)/log(2) from flooring to 2).
const DEGREE_HISTOGRAM = `
MATCH (n:Entity)
WITH CASE WHEN n.degree > 0 THEN toInteger(floor(log(n.degree) / log(2) + 1e-9)) + 1 ELSE 0 END AS bin
RETURN bin, count(*) AS entities ORDER BY bin`;

let args: ReturnType<typeof parseCli>;
try {
  args = parseCli(process.argv.slice(2));
} catch (err) {
  // One line: what is wrong, then how to call it.
  console.error(`${(err as Error).message.split('\n')[0]!.replace(/\.$/, '')}. ${USAGE}`);
  process.exit(2);
}

const config = loadConfig();
const memory = neo4jMemoryFor(args.entities);
const target: Config['neo4j'] =
  config.neo4j.kind === 'external'
    ? config.neo4j
    : {
        ...config.neo4j,
        boltPort: 0,
        dataDir: scaleDataDir(args.entities),
        // Explicit NEO4J_HEAP / NEO4J_PAGECACHE win over the sizes chosen for the graph.
        heap: process.env.NEO4J_HEAP ? config.neo4j.heap : memory.heap,
        pagecache: config.neo4j.pagecache ?? memory.pagecache,
      };
if (target.kind === 'embedded') console.log(`Embedded Neo4j in ${target.dataDir} (heap ${target.heap}, page cache ${target.pagecache})`);
const graph = await connectGraph({ ...config, neo4j: target }, (msg) => console.log(msg));
try {
  const g = await ensureScaleGraph(graph.db, {
    entities: args.entities,
    seed: args.seed,
    wipeOtherGraph: args.wipe,
    progress: (msg) => console.log(msg),
  });
  const p = g.degreePercentiles;
  console.log(
    [
      '',
      `Scale graph: ${g.entities} entities (seed ${g.seed})${g.reused ? ', reused from an earlier load' : ''}`,
      `  ${g.nodes} nodes, ${g.relationships} relationships`,
      `  load: ${g.seconds.toFixed(1)} s, ${g.nodesPerSecond} nodes/s, ${g.relationshipsPerSecond} relationships/s`,
      `  degree: max ${g.maxDegree}, p50 ${p.p50}, p90 ${p.p90}, p99 ${p.p99}, p99.9 ${p.p999}`,
      '  entities by degree:',
      ...(await graph.db.read(DEGREE_HISTOGRAM)).map(({ bin, entities }) => {
        const b = Number(bin);
        const range = b === 0 ? '0' : b === 1 ? '1' : `${2 ** (b - 1)}–${2 ** b - 1}`;
        return `    ${range.padStart(11)}: ${entities}`;
      }),
    ].join('\n'),
  );
} catch (err) {
  if (!(err instanceof ScaleGraphError)) throw err;
  console.error(err.message);
  process.exitCode = 1;
} finally {
  await graph.close();
}
