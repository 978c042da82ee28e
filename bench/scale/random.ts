// Deterministic randomness for the scale generator: the same seed gives the same graph everywhere.

/** A number in [0, 1). */
export type Random = () => number;

/** mulberry32: a tiny 32-bit PRNG, good enough for synthetic data and identical on every platform. */
function mulberry32(state: number): Random {
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A stream of its own for each (seed, ...parts), e.g. (seed, entity index, purpose): any entity or
 * chunk can be generated alone, and its content never depends on how the run is chunked.
 */
export function streamFor(seed: number, ...parts: number[]): Random {
  let h = seed ^ 0x9e3779b9;
  for (const p of parts) h = Math.imul(h ^ p, 0x85ebca6b) ^ (Math.imul(h, 0xc2b2ae35) >>> 13);
  return mulberry32(h);
}

export const pick = <T>(rng: Random, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;

export const between = (rng: Random, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));

/** One of the entries, with probability proportional to its weight. */
export function weighted<T>(rng: Random, entries: readonly (readonly [T, number])[]): T {
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  let x = rng() * total;
  for (const [value, w] of entries) if ((x -= w) < 0) return value;
  return entries.at(-1)![0];
}

/**
 * A rank in [0, n) with P(rank r) ∝ about 1/(r + 1) (Zipf with exponent 1): rank 0 is drawn
 * most, and degrees built from these draws follow a power law, a few hubs and a long tail.
 */
export function zipfRank(rng: Random, n: number): number {
  return Math.min(n - 1, Math.floor(Math.exp(rng() * Math.log(n + 1))) - 1);
}
