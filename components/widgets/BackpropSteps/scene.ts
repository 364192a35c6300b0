import { z } from 'zod';
import { defineScene } from '../../../lib/scenes/define';
import { RANGES } from './accept';
import { START_INPUTS } from './round';
import { STAGES } from './stages';

const input = z.number().min(RANGES.input.min).max(RANGES.input.max);
const param = z.number().min(RANGES.param.min).max(RANGES.param.max);
const inputs = z.array(input).length(START_INPUTS.length);

/**
 * What a story scene may set on BackpropSteps (see lib/scenes/define.ts): the example (inputs,
 * right answer), the step size η, the neuron's weights and bias, which stop of the round is
 * shown (0 = z … 6 = the step) and the losses of earlier rounds. The stop is an index: it jumps.
 */
export const scene = defineScene({
  state: {
    inputs,
    target: z.union([z.literal(0), z.literal(1)]),
    eta: z.number().min(RANGES.eta.min).max(RANGES.eta.max),
    params: z.object({ weights: z.array(param).length(START_INPUTS.length), bias: param }).strict(),
    stage: z.number().int().min(0).max(STAGES.length - 1),
    history: z.array(z.number().min(0)).max(50),
  },
  glide: ['inputs', 'eta'],
});
