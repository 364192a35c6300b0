import { list, num, oneOf } from '@/lib/scenes/limits';
import { defineWidget } from '../manifest';

/** Each input signal's slider. */
export const SIGNAL = { min: -1, max: 1, step: 0.05 } as const;

/**
 * NeuronSignal (see ../manifest.ts). A story step may set the three input signals (within
 * their sliders) and how much of the inside is shown (0 from outside, 1 the weighted sum,
 * 2 also the last step).
 */
export const NeuronSignal = defineWidget({
  scene: { state: { inputs: list(num(SIGNAL.min, SIGNAL.max), { length: 3 }), depth: oneOf(0, 1, 2) }, glide: ['inputs'] },
  height: { narrow: 530, wide: 555 },
});
