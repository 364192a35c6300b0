import { list, num } from '@/lib/scenes/limits';
import { defineWidget } from '../manifest';
import { P_MAX, P_MIN, P_STEP, TARGETS } from './examples';

/**
 * LossExplorer (see ../manifest.ts). A story step may set the predictions ŷ, one per example,
 * each a probability the handles and fields can show exactly (on the P_STEP grid); they glide
 * to a step's values so the reader sees a guess being dragged.
 */
export const LossExplorer = defineWidget({
  scene: { state: { predictions: list(num(P_MIN, P_MAX, { step: P_STEP }), { length: TARGETS.length }) }, glide: ['predictions'] },
  height: { narrow: 885, wide: 965 },
});
