import { accepts, bool, num, object, oneOf } from '@/lib/scenes/limits';
import { defineWidget } from '../manifest';
import { BATCH_SIZES, KINDS, LR } from './config';

const rate = num(LR.min, LR.max);

/**
 * TrainingFloor (see ../manifest.ts). A story step may set the run (data shape, a batch size
 * that divides the set, starting rate), the running learning rate (changes the live run, no
 * restart) and whether it plays. The network trains outside the store, so a jump to another
 * step starts afresh.
 */
export const TrainingFloor = defineWidget({
  scene: {
    state: { run: object({ kind: oneOf(...KINDS), batch: oneOf(...BATCH_SIZES), lr: rate }), lr: rate, playing: bool },
    restart: true,
  },
  height: { narrow: 1310, wide: 975 },
});

// What the floor accepts from the store (index.tsx): the scene's own limits.
export const [isRun, isRate] = [TrainingFloor.scene.state.run, TrainingFloor.scene.state.lr].map(accepts);
