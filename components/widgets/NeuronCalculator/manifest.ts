import { list, num } from '@/lib/scenes/limits';
import { defineWidget } from '../manifest';

// Steps of 0.1 keep every product exact at two decimals, so the printed terms add up to
// the printed total; a typed value may be finer. Weights reach ±2 for the picnic's −2.

/** Range of each input a_i. */
export const INPUT = { min: -1, max: 1, step: 0.1 } as const;
/** Range of each weight w_i and of the bias b. */
export const WEIGHT = { min: -2, max: 2, step: 0.1 } as const;

const input = num(INPUT.min, INPUT.max);
const weight = num(WEIGHT.min, WEIGHT.max);

/**
 * NeuronCalculator (see ../manifest.ts). A story step may set the three inputs, the three
 * weights and the bias, each within its slider's range. All of them glide, so the reader
 * watches a term's bar grow or shrink into the step's value.
 */
export const NeuronCalculator = defineWidget({
  scene: {
    state: { inputs: list(input, { length: 3 }), weights: list(weight, { length: 3 }), bias: weight },
    glide: ['inputs', 'weights', 'bias'],
  },
  height: { narrow: 970, wide: 830 },
});
