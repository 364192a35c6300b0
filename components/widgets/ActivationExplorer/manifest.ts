import { bool, num, oneOf } from '@/lib/scenes/limits';
import { defineWidget } from '../manifest';
import type { ScalarActivationName } from '@/lib/nn';

/** The four activations the chapter compares, in the order they are introduced. */
export const FUNCTIONS = ['sigmoid', 'tanh', 'relu', 'leakyRelu'] as const satisfies readonly ScalarActivationName[];
export type FunctionName = (typeof FUNCTIONS)[number];

/** The weighted sum the reader can choose: wide enough to see every curve flatten or grow. */
export const Z_RANGE = { min: -5, max: 5, step: 0.1 } as const;

/** Leaky ReLU's slope for negative z: 0 is plain ReLU, 1 is no activation at all. */
export const ALPHA_RANGE = { min: 0, max: 1, step: 0.01 } as const;

/**
 * ActivationExplorer (see ../manifest.ts). A story step may set the input z and leaky ReLU's α
 * within their sliders' ranges, whether the slope curves show, and which function the needle's
 * pain meter reads. z and α glide, so the points run along the curves.
 */
export const ActivationExplorer = defineWidget({
  scene: {
    state: { z: num(Z_RANGE.min, Z_RANGE.max), alpha: num(ALPHA_RANGE.min, ALPHA_RANGE.max), derivatives: bool, meterFn: oneOf(...FUNCTIONS) },
    glide: ['z', 'alpha'],
  },
  height: { narrow: 1120, wide: 980 },
});
