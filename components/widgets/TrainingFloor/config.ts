// The training floor's run: one small network, a 2-D set of 400 points (200 to train on).
import type { DatasetSpec, ToyKind } from '@/lib/nn/datasets/index';
import type { GridRequest, TrainerConfig, TrainerSetup } from '@/lib/nn/worker/protocol';

/** Dataset choices, spiral first (the chapter's default). */
export const KINDS: readonly ToyKind[] = ['spiral', 'circle', 'xor', 'gauss', 'moons'];

/** Points in all; half are held back as the test set. */
export const POINTS = 400;
/** Examples in the training set (POINTS × (1 − test share 0.5)). */
export const TRAIN_SIZE = 200;

/** Batch sizes that divide the training set, so one epoch is exactly TRAIN_SIZE examples. */
export const BATCH_SIZES = [1, 5, 10, 25, 50] as const;
export const DEFAULT_BATCH = 10;

/** Learning rate range (plain gradient descent) and the default, verified on every set. */
export const LR = { min: 0.01, max: 3, step: 0.01, initial: 0.3 } as const;

/** The programmers' target: training loss (cross-entropy) below this counts as learned. */
export const TARGET_LOSS = 0.1;

/**
 * While playing: this many steps per snapshot, at most one snapshot (and one redraw) per FRAME_MS.
 * About 250 steps a second: slow enough to watch a spiral form, light on the page.
 */
export const STEPS_PER_FRAME = 12;
export const FRAME_MS = 50;

/** The class-1 score runs from 0 (blue) to 1 (orange); one constant, so the picture redraws only on new values. */
export const DOMAIN: [number, number] = [0, 1];

/** The decision-boundary picture: 50 × 50 predictions over the square the points live in. */
export const GRID: GridRequest = { xMin: -1, xMax: 1, yMin: -1, yMax: 1, nx: 50, ny: 50 };

/** The floor's points: gauss clouds are already spread at noise 0; the other shapes get a little scatter. */
export const floorDataset = (kind: ToyKind): DatasetSpec => ({ kind, n: POINTS, noise: kind === 'gauss' ? 0 : 0.1, seed: 1 });

/** The run for one dataset, batch size and learning rate; the same inputs give the same run. */
export function floorConfig(kind: ToyKind, batchSize: number, lr: number): TrainerConfig {
  return {
    network: { sizes: [2, 16, 16, 1], activation: 'relu', outputActivation: 'sigmoid', seed: 3 },
    dataset: floorDataset(kind),
    batchSize,
    optimizer: { kind: 'sgd', lr },
    loss: 'bce',
    seed: 2,
  };
}

/** The floor's trainer: one run at the floor's pace, its boundary in every snapshot; `lr` changes it live. */
export const floorSetup = (kind: ToyKind, batchSize: number, lr: number, playing: boolean): TrainerSetup => ({
  lanes: [floorConfig(kind, batchSize, lr)],
  stepsPerFrame: STEPS_PER_FRAME,
  frameMs: FRAME_MS,
  grid: GRID,
  playing,
});
