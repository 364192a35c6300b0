// Helpers shared by the engine's tests (not exported from index.ts).
import { createRng } from './rng';

/** n rows of k uniform numbers in [lo, hi), from a seed. */
export function randomRows(seed: number, n: number, k: number, lo = -1, hi = 1): number[][] {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => Array.from({ length: k }, () => lo + (hi - lo) * rng()));
}

/** ‖a − b‖ / (‖a‖ + ‖b‖), the usual relative error of a gradient check. */
export function relativeError(a: readonly number[], b: readonly number[]): number {
  let diff = 0;
  let na = 0;
  let nb = 0;
  a.forEach((x, i) => {
    const y = b[i]!;
    diff += (x - y) ** 2;
    na += x * x;
    nb += y * y;
  });
  return na + nb === 0 ? 0 : Math.sqrt(diff) / (Math.sqrt(na) + Math.sqrt(nb));
}
