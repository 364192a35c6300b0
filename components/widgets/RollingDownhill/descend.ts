import { createOptimizer, type OptimizerSpec } from '@/lib/nn';
import { bowl, curve } from './landscape';

/** One step on the curve by the engine's plain gradient descent; null if it diverged. */
export function curveStep(w: number, lr: number): number | null {
  const params = Float64Array.of(w);
  const ok = createOptimizer({ kind: 'sgd', lr: lr }).update([params], [Float64Array.of(curve.slope(w))], [false]);
  return ok ? params[0]! : null;
}

/**
 * One learning rate for all three racers, so the map compares the methods and not their rates.
 * At 0.3 (from (−4, 1.5), measured with bowlPath): plain descent never swings across the valley
 * but crawls along its floor and is still at w₁ ≈ −0.88 after 100 steps; momentum reaches the
 * floor (loss < 0.01) at step 17, Adam at 18. Plain descent cannot simply take a bigger rate:
 * at 0.9 it zigzags every step (floor at 41), and from 1.0 the steep direction blows up.
 */
export const RACE_ETA = 0.3;

/** The three optimisers raced on the bowl, all at RACE_ETA. */
export const RACERS: readonly (OptimizerSpec & { id: 'sgd' | 'momentum' | 'adam'; colour: string })[] = [
  { id: 'sgd', kind: 'sgd', lr: RACE_ETA, colour: '#8b5cf6' },
  { id: 'momentum', kind: 'momentum', lr: RACE_ETA, beta: 0.9, colour: '#2f9e6e' },
  { id: 'adam', kind: 'adam', lr: RACE_ETA, colour: '#d6336c' },
];
export type RacerId = (typeof RACERS)[number]['id'];

/** Steps computed ahead for each path; Play stops here. */
export const MAX_STEPS = 100;

/** Where the path is after each step: points[0] is the start, points[k] after k steps. */
export interface Path {
  points: [number, number][];
  /** the step where the optimiser refused a non-finite update, if any (the path stops there) */
  diverged: number | null;
}

/** Runs one engine optimiser from `start` on the bowl's analytic gradient. */
export function bowlPath(spec: OptimizerSpec, start: [number, number], steps = MAX_STEPS): Path {
  const optimizer = createOptimizer(spec);
  const params = Float64Array.from(start);
  const grads = new Float64Array(2);
  const points: [number, number][] = [[params[0]!, params[1]!]];
  for (let k = 1; k <= steps; k++) {
    grads.set(bowl.gradient(params[0]!, params[1]!));
    if (!optimizer.update([params], [grads], [false])) return { points, diverged: k };
    points.push([params[0]!, params[1]!]);
  }
  return { points, diverged: null };
}
