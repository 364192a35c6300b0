import { bool, num, oneOf } from '@/lib/scenes/limits';
import { defineWidget } from '../manifest';
import { ALPHA_RANGE, FUNCTIONS, Z_RANGE } from './config';

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
