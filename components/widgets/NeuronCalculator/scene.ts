import { z } from 'zod';
import { defineScene } from '../../../lib/scenes/define';
import { INPUT, WEIGHT } from './ranges';

const input = z.number().min(INPUT.min).max(INPUT.max);
const weight = z.number().min(WEIGHT.min).max(WEIGHT.max);

/**
 * What a story scene may set on NeuronCalculator (see lib/scenes/define.ts): the whole
 * setting at once, three inputs, three weights and the bias, each within its slider's range.
 */
export const scene = defineScene({
  state: {
    setting: z.object({ inputs: z.tuple([input, input, input]), weights: z.tuple([weight, weight, weight]), bias: weight }).strict(),
  },
});
