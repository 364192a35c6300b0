import { list, num, oneOf } from '@/lib/scenes/limits';
import { defineWidget } from '../manifest';
import { BRUSHES } from './brushes';

/** The engine's dog breeds (lib/nn/datasets/breeds.ts; a test holds the two equal: the drawing code stays out of the page). */
const BREED_COUNT = 4;
/** Enough pictures per breed for any story; each is drawn from its own seed. */
const MAX_PICTURE = 99;

/**
 * PictureToNumbers (see ../manifest.ts). A story step may set which breed and which of its
 * pictures, the painted pixels ([] = the picture untouched, or all 256 grey levels) and the brush.
 */
export const PictureToNumbers = defineWidget({
  scene: {
    state: {
      breed: num(0, BREED_COUNT - 1, { int: true }),
      picture: num(0, MAX_PICTURE, { int: true }),
      pixels: list(num(0, 1), { length: [0, 256] }),
      brush: oneOf(...BRUSHES),
    },
  },
  height: { narrow: 1690, wide: 1020 },
});
