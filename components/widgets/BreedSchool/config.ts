// The epilogue's run: the four breeds, 16 × 16 grey pictures, a one-hidden-layer MLP.
import type { TrainerConfig, TrainerSetup } from '@/lib/nn/worker/protocol';
import { EVAL_SIZE, PICTURES } from '@/lib/playground/model';
import { BASE_LR, STEPS_PER_FRAME } from './manifest';

export { STEPS_PER_FRAME };

/** The share of the pictures held back to test on. */
const TEST_RATIO = 0.2;

/** Test accuracy the story cheers for (and the playground's challenge asks for). */
export const GOAL = 0.9;

/**
 * 256 → 32 leaky ReLU → 4 softmax with Adam at 0.003 in batches of 64: in lib/nn this passes
 * 90 % test accuracy after about 400–600 steps, a few seconds in a worker.
 */
export const BREED_CONFIG: TrainerConfig = {
  network: { sizes: [256, 32, 4], activation: 'leakyRelu', outputActivation: 'softmax', seed: 2 },
  dataset: { kind: 'dogs', n: PICTURES, seed: 1, testRatio: TEST_RATIO },
  batchSize: 64,
  optimizer: { kind: 'adam', lr: BASE_LR },
  loss: 'softmaxCrossEntropy',
  seed: 3,
  evalSize: EVAL_SIZE,
};

/** Test pictures shown with the network's guesses. */
export const SHOWN = 12;

/** Test pictures the confusion matrix counts (the ones the trainer measures). */
export const TESTED = Math.min(EVAL_SIZE, Math.round(PICTURES * TEST_RATIO));

/**
 * The school as one trainer setup, from the stored keys: it plays (`until` 0: without a stop)
 * STEPS_PER_FRAME steps per frame, with Adam's rate `lr.value` from step `lr.from` on.
 */
export const schoolSetup = ({ playing, until, lr }: { playing: boolean; until: number; lr: { from: number; value: number } }): TrainerSetup => ({
  lanes: [{ ...BREED_CONFIG, announcements: [{ at: lr.from, lr: lr.value }] }],
  stepsPerFrame: STEPS_PER_FRAME,
  until: until > 0 ? until : undefined,
  playing,
});
