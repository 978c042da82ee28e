/**
 * A seeded random source (mulberry32: small and well distributed), so that a generated case that
 * fails can be run again from its seed.
 */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  /** A whole number from 0 to n - 1. */
  const int = (n: number) => Math.floor(next() * n);
  /** A whole number from min to max, both included. */
  const between = (min: number, max: number) => min + int(max - min + 1);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  return { next, int, between, pick };
}

export type SeededRandom = ReturnType<typeof seededRandom>;
