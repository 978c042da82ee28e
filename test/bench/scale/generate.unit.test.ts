import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED, generateScaleChunks, scaleChunkCount } from '../../../bench/scale/generate.js';
import { ENTITY_KIND_NAMES, RELATIONSHIP_TYPE_NAMES } from '../../../src/model/vocabulary.js';
import { readSeeds } from '../../../src/seed/read.js';
import { formatProblem, validateSeeds, type SeedSet } from '../../../src/seed/validate.js';
import { writeSeedsFolder } from './seeds-folder.js';

const generate = (entities: number, seed = DEFAULT_SEED) => [...generateScaleChunks({ entities, seed, chunkEntities: 100 })];

function degrees(chunks: SeedSet[]): number[] {
  const degree = new Map<string, number>();
  for (const r of chunks.flatMap((c) => c.relationships)) for (const id of [r.from, r.to]) degree.set(id, (degree.get(id) ?? 0) + 1);
  return [...degree.values()].sort((a, b) => a - b);
}

describe('scale graph generator', () => {
  const chunks = generate(300);
  const all = {
    entities: chunks.flatMap((c) => c.entities),
    relationships: chunks.flatMap((c) => c.relationships),
    facts: chunks.flatMap((c) => c.facts),
  };

  it('yields entity chunks, then relationship chunks, as many as it says', () => {
    expect(chunks).toHaveLength(scaleChunkCount({ entities: 300, chunkEntities: 100 }));
    expect(chunks.map((c) => c.entities.length > 0)).toEqual([true, true, true, false, false, false]);
    expect(all.entities).toHaveLength(300);
  });

  it('passes the seed validator: quotes verbatim at their offsets, references and vocabulary respected', () => {
    const result = validateSeeds(readSeeds(writeSeedsFolder(chunks)));
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.ok && result.seed.relationships).toHaveLength(all.relationships.length);
  });

  it('covers the model: all kinds and relationship types, 2–4 facts per entity, the structures the bench reads', () => {
    expect(new Set(all.entities.map((e) => e.type))).toEqual(new Set(ENTITY_KIND_NAMES));
    expect(new Set(all.relationships.map((r) => r.type))).toEqual(new Set(RELATIONSHIP_TYPE_NAMES));
    const factsPer = new Map<string, number>();
    for (const f of all.facts) factsPer.set(f.subjects[0]!.entity, (factsPer.get(f.subjects[0]!.entity) ?? 0) + 1);
    expect(Math.min(...factsPer.values())).toBeGreaterThanOrEqual(2);
    expect(Math.max(...factsPer.values())).toBeLessThanOrEqual(4);
    expect(new Set(all.facts.map((f) => f.kind))).toEqual(new Set(['statistic', 'target', 'ranking', 'statement']));
    expect(all.facts.some((f) => f.statedBy)).toBe(true);

    const kindOf = new Map(all.entities.map((e) => [e.id, e]));
    const cities = new Set(all.entities.filter((e) => e.placeType === 'city').map((e) => e.id));
    const appliesToCity = all.relationships.filter((r) => r.type === 'APPLIES_TO' && cities.has(r.to));
    expect(appliesToCity.length).toBeGreaterThan(0);
    const issuers = all.relationships.filter((r) => r.type === 'ISSUED' && kindOf.get(r.from)?.type === 'Organization');
    expect(issuers.some((r) => all.facts.some((f) => f.subjects.some((s) => s.entity === r.from)))).toBe(true);
    const affiliations = all.relationships.filter((r) => r.type === 'AFFILIATED_WITH' && kindOf.get(r.to)?.type === 'Organization');
    expect(affiliations.length).toBeGreaterThan(0);
    expect(affiliations.every((r) => typeof r.properties.role === 'string')).toBe(true);
    // A LOCATED_IN hierarchy: something inside a city that is itself inside a province.
    const locatedIn = all.relationships.filter((r) => r.type === 'LOCATED_IN');
    expect(locatedIn.some((a) => locatedIn.some((b) => b.from === a.to))).toBe(true);
  });

  it('gives readable, unique names sharing words for full-text search', () => {
    const names = all.entities.map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain('Synthetic Nation 0');
    expect(names.filter((n) => n.startsWith('Synthetic ')).length).toBeGreaterThan(200);
  });

  it('draws a power-law degree distribution: a few hubs, most entities with a handful of edges', () => {
    const list = degrees(generate(3000));
    const median = list[Math.floor(list.length / 2)]!;
    expect(median).toBeLessThanOrEqual(4);
    expect(list.at(-1)!).toBeGreaterThan(20 * median);
    expect(list.filter((d) => d <= 3).length / list.length).toBeGreaterThan(0.4);
  });

  it('is deterministic: the same seed gives the same chunks, another seed another graph', () => {
    expect(generate(300)).toEqual(chunks);
    expect(generate(300, 7)).not.toEqual(chunks);
  });

  it('resumes at any chunk with exactly the chunks a full run yields there', () => {
    expect([...generateScaleChunks({ entities: 300, chunkEntities: 100, startChunk: 4 })]).toEqual(chunks.slice(4));
  });
});
