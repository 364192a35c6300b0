import { z } from 'zod';
import { defineScene } from '../../../lib/scenes/define';

// The sliders run from −1 to 1 (components/widgets/NeuronSignal/index.tsx).
const signal = z.number().min(-1).max(1);

/** What a story scene may set on NeuronSignal (see lib/scenes/define.ts): the three input signals. */
export const scene = defineScene({
  state: { inputs: z.tuple([signal, signal, signal]) },
  glide: ['inputs'],
});
