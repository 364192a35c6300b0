import { z } from 'zod';
import { defineScene } from '../../../lib/scenes/define';
import { INPUT, WEIGHT } from './ranges';

const input = z.number().min(INPUT.min).max(INPUT.max);
const weight = z.number().min(WEIGHT.min).max(WEIGHT.max);

/**
 * What a story scene may set on NeuronCalculator (see lib/scenes/define.ts): the three
 * inputs, the three weights and the bias, each within its slider's range. All of them
 * glide, so the reader watches a term's bar grow or shrink into the step's value.
 */
export const scene = defineScene({
  state: {
    inputs: z.tuple([input, input, input]),
    weights: z.tuple([weight, weight, weight]),
    bias: weight,
  },
  glide: ['inputs', 'weights', 'bias'],
});
