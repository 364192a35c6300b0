import { z } from 'zod';
import { defineScene } from '../../../lib/scenes/define';

const signal = z.number().min(0).max(1);

/** What a story scene may set on NeuronSignal (see lib/scenes/define.ts): the three input signals. */
export const scene = defineScene({
  state: { inputs: z.tuple([signal, signal, signal]) },
  glide: ['inputs'],
});
