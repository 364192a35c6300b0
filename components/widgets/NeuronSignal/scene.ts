import { z } from 'zod';
import { defineScene } from '../../../lib/scenes/define';

// The sliders run from −1 to 1 (components/widgets/NeuronSignal/index.tsx).
const signal = z.number().min(-1).max(1);

/**
 * What a story scene may set on NeuronSignal (see lib/scenes/define.ts): the three input signals,
 * and how much of the inside is shown (0 from outside, 1 the weighted sum, 2 also the last step).
 */
export const scene = defineScene({
  state: { inputs: z.tuple([signal, signal, signal]), depth: z.union([z.literal(0), z.literal(1), z.literal(2)]) },
  glide: ['inputs'],
});
