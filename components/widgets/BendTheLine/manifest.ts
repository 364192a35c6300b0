import { bool } from '@/lib/scenes/limits';
import { defineWidget } from '../manifest';

/**
 * BendTheLine (see ../manifest.ts). A story step may set whether both networks are training.
 * The networks live in their trainers, outside the store, so a step that is not the next one
 * starts them afresh from their seeds (`restart`).
 */
export const BendTheLine = defineWidget({
  scene: { state: { playing: bool }, restart: true },
  height: { narrow: 557, wide: 797 },
});
