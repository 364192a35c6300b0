// The numbers a story may use on BreedSchool, with no imports: scene.ts (run by the chapter
// compiler) and accept.ts (run in the page) read the same limits.

/** Adam's learning rate in the epilogue's run (see config.ts). */
export const BASE_LR = 0.003;
/** A story may set the rate between these (ten times smaller to ten times bigger). */
export const LR_RANGE = { min: 0.0003, max: 0.03 } as const;
/** Steps per animation frame while training; a pause or a rate change falls on a multiple of it. */
export const STEPS_PER_FRAME = 2;
/** The furthest step a story may name. */
export const MAX_STEP = 3000;
