import { list, num, object, oneOf } from '@/lib/scenes/limits';
import { defineWidget } from '../manifest';
import { STAGES } from './stages';

/** The controls' ranges: a story may set only what they can show. */
export const RANGES = { input: { min: -1, max: 1, step: 0.1 }, lr: { min: 0.05, max: 5, step: 0.05 }, param: { min: -10, max: 10 } } as const;
/** The neuron's inputs (round.ts starts from three). */
const INPUTS = 3;

const param = num(RANGES.param.min, RANGES.param.max);

/**
 * BackpropSteps (see ../manifest.ts). A story step may set the example (inputs, right answer),
 * the step size η, the neuron's weights and bias, which stop of the round is shown (0 = z …
 * 6 = the step; an index: it jumps) and the losses of earlier rounds (never negative).
 */
export const BackpropSteps = defineWidget({
  scene: {
    state: {
      inputs: list(num(RANGES.input.min, RANGES.input.max), { length: INPUTS }),
      target: oneOf(0, 1),
      lr: num(RANGES.lr.min, RANGES.lr.max),
      params: object({ weights: list(param, { length: INPUTS }), bias: param }),
      stage: num(0, STAGES.length - 1, { int: true }),
      history: list(num(0, Infinity)),
    },
    glide: ['inputs', 'lr'],
  },
  height: { narrow: 1210, wide: 1105 },
});
