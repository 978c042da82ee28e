import { describe, expect, it } from 'vitest';
import { readSeeds } from '../../src/seed/read.js';
import { validateSeeds } from '../../src/seed/validate.js';

// The auditExceptions section of a graph file is validated like the rest of the format.

const file = 'seeds/graph/000-agglomeration-effect-2023.json';
function problemsWith(exceptions: unknown[]): string[] {
  const raw = readSeeds();
  const graph = raw.graphFiles.find((f) => f.name === file)!;
  const json = graph.json as { auditExceptions?: unknown[] };
  graph.json = { ...json, auditExceptions: [...(json.auditExceptions ?? []), ...exceptions] };
  const v = validateSeeds(raw);
  return v.ok ? [] : v.problems.map((p) => `${p.item}: ${p.problem}`);
}

const reason = 'A reason long enough to say why the finding stands.';

describe('audit exceptions in the seed format', () => {
  it('accepts the seed files as they are', () => {
    expect(problemsWith([])).toEqual([]);
  });

  it('refuses an exception without a reason, or with a reason too short to say why', () => {
    expect(problemsWith([{ check: 'isolated', item: 'place:china' }]).join('\n')).toMatch(/reason: an exception needs a reason/);
    expect(problemsWith([{ check: 'isolated', item: 'place:china', reason: 'ok' }]).join('\n')).toMatch(/reason: must say why/);
  });

  it('refuses an unknown check, an unknown key and references to nothing', () => {
    const problems = problemsWith([
      { check: 'lonely', item: 'place:china', reason },
      { check: 'isolated', item: 'place:china', reason, note: 'x' },
      { check: 'isolated', item: 'place:atlantis', reason },
      { check: 'unlinkedStatement', item: 'fact:none', detail: 'place:china', reason },
      { check: 'oneSidedEvidence', item: 'LOCATED_IN|place:china|place:beijing|', reason },
      { check: 'unheldNumber', item: 'place:china', reason },
    ]).join('\n');
    expect(problems).toMatch(/check: Invalid option/);
    expect(problems).toMatch(/Unrecognized key: "note"/);
    expect(problems).toMatch(/item: unknown entity place:atlantis/);
    expect(problems).toMatch(/item: unknown fact fact:none/);
    expect(problems).toMatch(/item: unknown relationship LOCATED_IN\|place:china\|place:beijing\|/);
    expect(problems).toMatch(/detail: an unheld number needs the number/);
  });

  it('refuses a second exception for the same finding', () => {
    const twice = { check: 'isolated', item: 'place:china', reason };
    expect(problemsWith([twice, twice])).toEqual([expect.stringMatching(/excepts the same finding as an earlier exception/)]);
  });
});
