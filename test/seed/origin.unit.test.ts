import { describe, expect, it } from 'vitest';
import { readSeeds, type RawSeeds } from '../../src/seed/read.js';
import { formatProblem, validateSeeds } from '../../src/seed/validate.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

// The seed format's optional `origin` (seeds/README.md, Origin), on the real seeds changed in memory.
function seedsWith(change: (docs: Json[], graph: Json[]) => void): RawSeeds {
  const raw = structuredClone(readSeeds());
  change(
    raw.documentsFile.json as Json[],
    raw.graphFiles.map((f) => f.json as Json),
  );
  return raw;
}
const problems = (raw: RawSeeds) => validateSeeds(raw).problems.map(formatProblem);

describe('origin in seed files', () => {
  it('is seed when absent, and kept when a file says curator', () => {
    const result = validateSeeds(
      seedsWith((docs, [g000]) => {
        docs[0]!.origin = 'curator';
        g000!.facts[0].origin = 'curator';
        g000!.relationships[0].origin = 'seed';
      }),
    );
    expect(result.problems).toEqual([]);
    if (!result.ok) return;
    expect(result.seed.documents[0]!.origin).toBe('curator');
    expect(result.seed.facts.filter((f) => f.origin === 'curator')).toHaveLength(1);
    expect(result.seed.entities.every((e) => e.origin === 'seed')).toBe(true);
  });

  it('reports an unknown origin, and an entity whose files disagree on it', () => {
    const shared = (graph: Json[]) => {
      const ids = graph.map((g) => new Set((g.entities as Json[]).map((e) => e.id as string)));
      return [...ids[0]!].find((id) => ids.slice(1).some((s) => s.has(id)))!;
    };
    let id = '';
    const found = problems(
      seedsWith((_docs, graph) => {
        id = shared(graph);
        graph[0]!.facts[0].origin = 'robot';
        (graph[0]!.entities as Json[]).find((e) => e.id === id)!.origin = 'curator';
      }),
    );
    expect(found).toContainEqual(expect.stringMatching(/facts\[0\] fact:\S+: origin: .*"seed"\|"curator"/));
    expect(found).toContainEqual(expect.stringContaining(`${id}: origin "seed" conflicts with "curator"`));
  });
});
