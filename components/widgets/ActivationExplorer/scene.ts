import { z } from 'zod';
import { defineScene } from '../../../lib/scenes/define';
import { ALPHA_RANGE, FUNCTIONS, Z_RANGE } from './config';

/**
 * What a story scene may set on ActivationExplorer (see lib/scenes/define.ts): the input z
 * and leaky ReLU's α within their sliders' ranges, whether the slope curves show, and which
 * function the needle's pain meter reads. z and α slide, so the points run along the curves.
 */
export const scene = defineScene({
  state: {
    z: z.number().min(Z_RANGE.min).max(Z_RANGE.max),
    alpha: z.number().min(ALPHA_RANGE.min).max(ALPHA_RANGE.max),
    derivatives: z.boolean(),
    meterFn: z.enum(FUNCTIONS),
  },
  glide: ['z', 'alpha'],
});
