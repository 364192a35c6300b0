// Two copies of one small network on the circle set: the only difference is the activation.
import type { ActivationName } from '@/lib/nn';
import type { GridRequest, TrainerConfig, TrainerSetup } from '@/lib/nn/worker/protocol';

/** The two hidden-layer activations compared, left then right. */
export const SIDES = ['identity', 'tanh'] as const satisfies readonly ActivationName[];
export type Side = (typeof SIDES)[number];

/** Steps of both sides per snapshot, one snapshot per FRAME_MS (about 100 steps a second: the bend is watchable). */
export const STEPS_PER_FRAME = 3;
export const FRAME_MS = 30;
/** Training stops here; by then the tanh side has long separated the classes. */
export const MAX_STEPS = 1500;
/** The engine test checks both sides after this many steps (the widget gets there in ~4 s). */
export const CHECK_STEPS = 500;

/** The class-1 score runs from 0 (blue) to 1 (orange); one constant, so the picture redraws only on new values. */
export const DOMAIN: [number, number] = [0, 1];

/** The decision-boundary picture: 50 × 50 predictions over the square the points live in. */
export const GRID: GridRequest = { xMin: -1, xMax: 1, yMin: -1, yMax: 1, nx: 50, ny: 50 };

/** The run for one side: same seeds, same data, same optimiser; only `activation` differs. */
export function sideConfig(activation: Side): TrainerConfig {
  return {
    network: { sizes: [2, 4, 4, 1], activation, outputActivation: 'sigmoid', seed: 3 },
    dataset: { kind: 'circle', n: 400, noise: 0, seed: 1 },
    batchSize: 10,
    optimizer: { kind: 'sgd', lr: 0.3 },
    loss: 'bce',
    seed: 2,
  };
}

/** Both sides in one trainer, step for step, up to MAX_STEPS, each snapshot with both boundaries. */
export const bendSetup = (playing: boolean): TrainerSetup => ({
  lanes: SIDES.map(sideConfig),
  stepsPerFrame: STEPS_PER_FRAME,
  frameMs: FRAME_MS,
  grid: GRID,
  until: MAX_STEPS,
  playing,
});
