import { z } from 'zod';
import { defineScene } from '../../../lib/scenes/define';
import { RANGES } from './accept';
import { STAGES } from './stages';

/**
 * What a story scene may set on BackpropChain (see lib/scenes/define.ts): the input x, the weight
 * w₂ the blame travels back through, the right answer, and which stop is shown (0 = z₁ … 10 = the
 * hidden weight's slope). The stop is an index: it jumps.
 */
export const scene = defineScene({
  state: {
    x: z.number().min(RANGES.x.min).max(RANGES.x.max),
    w2: z.number().min(RANGES.w2.min).max(RANGES.w2.max),
    target: z.union([z.literal(0), z.literal(1)]),
    stage: z.number().int().min(0).max(STAGES.length - 1),
  },
  glide: ['x', 'w2'],
});
