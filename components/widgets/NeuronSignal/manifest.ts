import { list, num, oneOf } from '@/lib/scenes/limits';
import { defineWidget } from '../manifest';

/**
 * NeuronSignal (see ../manifest.ts). A story step may set the three input signals (the sliders
 * run from −1 to 1) and how much of the inside is shown (0 from outside, 1 the weighted sum,
 * 2 also the last step).
 */
export const NeuronSignal = defineWidget({
  scene: { state: { inputs: list(num(-1, 1), { length: 3 }), depth: oneOf(0, 1, 2) }, glide: ['inputs'] },
  height: { narrow: 530, wide: 555 },
});
