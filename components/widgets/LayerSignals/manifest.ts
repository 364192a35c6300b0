import { bool, list, num } from '@/lib/scenes/limits';
import { defineWidget } from '../manifest';
import { NETWORK_JSON } from './weights';

/** Each input signal's slider. */
export const SIGNAL = { min: 0, max: 1, step: 0.05 } as const;

/**
 * LayerSignals (see ../manifest.ts). A story step may set the four input signals (the sliders'
 * range), how many layers are lit (0 = only the inputs, then one per layer of the sticky-note
 * network), and whether the pass is playing (one more layer every 0.8 s from `stage`, then stops).
 */
export const LayerSignals = defineWidget({
  scene: {
    state: {
      inputs: list(num(SIGNAL.min, SIGNAL.max), { length: 4 }),
      stage: num(0, NETWORK_JSON.layers.length, { int: true }),
      playing: bool,
    },
    glide: ['inputs'],
  },
  height: { narrow: 970, wide: 920 },
});
