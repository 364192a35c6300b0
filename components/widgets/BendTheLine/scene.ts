import { z } from 'zod';
import { defineScene } from '../../../lib/scenes/define';

/**
 * What a story scene may set on BendTheLine (see lib/scenes/define.ts): whether both
 * networks are training. The networks live in their trainers, outside the store, so a
 * step that is not the next one starts them afresh from their seeds (`restart`).
 */
export const scene = defineScene({
  state: { playing: z.boolean() },
  restart: true,
});
