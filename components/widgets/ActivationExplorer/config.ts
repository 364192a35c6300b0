// No engine import here (types only): the story's scene schema (scene.ts) reads these when a chapter compiles.
import type { ScalarActivationName } from '../../../lib/nn';

/** The four activations the chapter compares, in the order they are introduced. */
export const FUNCTIONS = ['sigmoid', 'tanh', 'relu', 'leakyRelu'] as const satisfies readonly ScalarActivationName[];
export type FunctionName = (typeof FUNCTIONS)[number];

/** The weighted sum the reader can choose: wide enough to see every curve flatten or grow. */
export const Z_RANGE = { min: -5, max: 5, step: 0.1 } as const;

/** Leaky ReLU's slope for negative z: 0 is plain ReLU, 1 is no activation at all. */
export const ALPHA_RANGE = { min: 0, max: 1, step: 0.01 } as const;
