import { list, num } from '@/lib/scenes/limits';
import { defineWidget } from '../manifest';
import { INPUT, WEIGHT } from './ranges';

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
