import { accepts, bool, num, object } from '@/lib/scenes/limits';
import { defineWidget } from '../manifest';

/** Adam's learning rate in the epilogue's run (see config.ts). */
export const BASE_LR = 0.003;
/** A story may set the rate between these (ten times smaller to ten times bigger). */
export const LR_RANGE = { min: 0.0003, max: 0.03 } as const;
/** Steps per animation frame while training; a pause or a rate change falls on a multiple of it. */
export const STEPS_PER_FRAME = 2;
/** The furthest step a story may name. */
export const MAX_STEP = 3000;

/** A step the loop can stop at exactly: a multiple of STEPS_PER_FRAME up to MAX_STEP (0 = nowhere). */
const step = num(0, MAX_STEP, { int: true, step: STEPS_PER_FRAME });

/**
 * BreedSchool (see ../manifest.ts). A story step may set `playing` (trains; true also at
 * mount), `until` (the step where training pauses by itself; 0: it doesn't) and `lr`, Adam's
 * learning rate `value` from step `from` on (before it the run's own BASE_LR), so a rate changed
 * mid-run replays exactly. The network trains outside the store, so a jump to another step
 * trains afresh from the seed.
 */
export const BreedSchool = defineWidget({
  scene: {
    state: { playing: bool, until: step, lr: object({ from: step, value: num(LR_RANGE.min, LR_RANGE.max) }) },
    restart: true,
  },
  height: { narrow: 1200, wide: 895 },
});

// What the school accepts from the store (index.tsx): the scene's own limits.
export const [isStep, isRate] = [BreedSchool.scene.state.until, BreedSchool.scene.state.lr].map(accepts);
