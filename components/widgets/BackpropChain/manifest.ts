import { num, oneOf } from '@/lib/scenes/limits';
import { defineWidget } from '../manifest';
import { STAGES } from './stages';

/** The sliders' ranges: a story may set only what a slider can show. */
export const RANGES = { x: { min: -2, max: 2, step: 0.1 }, w2: { min: -4, max: 4, step: 0.1 } } as const;

/**
 * BackpropChain (see ../manifest.ts). A story step may set the input x, the weight w₂ the blame
 * travels back through, the right answer, and which stop is shown (0 = z₁ … 10 = the hidden
 * weight's slope). The stop is an index: it jumps.
 */
export const BackpropChain = defineWidget({
  scene: {
    state: {
      x: num(RANGES.x.min, RANGES.x.max),
      w2: num(RANGES.w2.min, RANGES.w2.max),
      target: oneOf(0, 1),
      stage: num(0, STAGES.length - 1, { int: true }),
    },
    glide: ['x', 'w2'],
  },
  height: { narrow: 950, wide: 750 },
});
