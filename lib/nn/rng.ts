/** A source of uniform random numbers in [0, 1); always created from a seed. */
export type Rng = () => number;

/** mulberry32's state moves by this constant with every number drawn. */
const STEP = 0x6d2b79f5;

/**
 * Seeded uniform generator (mulberry32): the same seed gives the same sequence on
 * every platform, so a shared link reproduces a run exactly. Never use Math.random.
 */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + STEP) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The generator createRng(seed) is after giving `drawn` numbers, made at once: its state is the
 * seed plus `drawn` steps. Lets a set make a picture's draws later without drawing it in turn.
 */
export function createRngAfter(seed: number, drawn: number): Rng {
  return createRng(((seed >>> 0) + Math.imul(drawn, STEP)) >>> 0);
}

/** A normally distributed sample with the given mean and standard deviation (Box-Muller). */
export function gaussian(rng: Rng, mean = 0, std = 1): number {
  const u = 1 - rng(); // in (0, 1], so the log is finite
  const v = rng();
  return mean + std * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** A uniform sample in [min, max). */
export function uniform(rng: Rng, min: number, max: number): number {
  return min + (max - min) * rng();
}

/** Shuffles an array in place (Fisher-Yates) and returns it. */
export function shuffle<T>(rng: Rng, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const tmp = items[i]!;
    items[i] = items[j]!;
    items[j] = tmp;
  }
  return items;
}
