import { z } from 'zod';
import { defineScene } from '../../../lib/scenes/define';
import { NETWORK_JSON } from './weights';

const signal = z.number().min(0).max(1);
/** 0 = only the inputs, then one stage per layer of the sticky-note network. */
const LAST = NETWORK_JSON.layers.length;

/**
 * What a story scene may set on LayerSignals (see lib/scenes/define.ts): the four input
 * signals (the sliders' range), how many layers are lit, and whether the pass is playing
 * (it lights one more layer every 0.8 s from `stage`, then stops).
 */
export const scene = defineScene({
  state: {
    inputs: z.tuple([signal, signal, signal, signal]),
    stage: z.number().int().min(0).max(LAST),
    playing: z.boolean(),
  },
  glide: ['inputs'],
});
