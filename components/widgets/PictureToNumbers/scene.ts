import { z } from 'zod';
import { BREEDS } from '../../../lib/nn/datasets/breeds';
import { defineScene } from '../../../lib/scenes/define';
import { BRUSHES } from './brushes';

/** Enough pictures per breed for any story; each is drawn from its own seed. */
const MAX_PICTURE = 99;

/**
 * What a story scene may set on PictureToNumbers (see lib/scenes/define.ts): which breed
 * and which of its pictures, the painted pixels ([] = the picture untouched, or all 256
 * grey levels) and the brush.
 */
export const scene = defineScene({
  state: {
    breed: z.number().int().min(0).max(BREEDS.length - 1),
    picture: z.number().int().min(0).max(MAX_PICTURE),
    pixels: z.union([z.tuple([]), z.array(z.number().min(0).max(1)).length(256)]),
    brush: z.enum(BRUSHES),
  },
});
