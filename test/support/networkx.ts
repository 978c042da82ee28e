import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// NetworkX as a real reader of GraphML and GEXF, run through python3 when the machine has both.

const probe = spawnSync('python3', ['-c', 'import networkx; print(networkx.__version__)'], { encoding: 'utf8' });
/** Why the NetworkX checks cannot run here, or undefined when they can. */
export const networkxMissing: string | undefined =
  probe.error || probe.status !== 0
    ? `python3 with networkx is not installed (${probe.error?.message ?? probe.stderr.trim().split('\n').at(-1)})`
    : undefined;

const READ = `
import json, sys, networkx as nx
path, fmt = sys.argv[1], sys.argv[2]
g = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
edges = g.edges(keys=True, data=True) if g.is_multigraph() else ((u, v, None, d) for u, v, d in g.edges(data=True))
json.dump({"directed": g.is_directed(), "nodes": [[n, d] for n, d in g.nodes(data=True)], "edges": [[u, v, d] for u, v, _, d in edges]}, sys.stdout, ensure_ascii=False)
`;

export interface NetworkxGraph {
  directed: boolean;
  nodes: [string, Record<string, unknown>][];
  edges: [string, string, Record<string, unknown>][];
}

/** The graph NetworkX reads from `text` (read_graphml or read_gexf). */
export function readWithNetworkx(text: string, format: 'graphml' | 'gexf'): NetworkxGraph {
  const dir = mkdtempSync(path.join(tmpdir(), 'networkx-'));
  try {
    const file = path.join(dir, `graph.${format}`);
    writeFileSync(file, text);
    return JSON.parse(execFileSync('python3', ['-c', READ, file, format], { encoding: 'utf8', maxBuffer: 1 << 28 })) as NetworkxGraph;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
