// The race's fixed numbers, with no imports: scene.ts (run by the chapter compiler) reads them too.

/** Each lane's slider: range, step and starting value. */
export const LANES = [
  { id: 'small', min: 0.001, max: 0.1, step: 0.001, initial: 0.003, digits: 3 },
  { id: 'good', min: 0.01, max: 1, step: 0.01, initial: 0.3, digits: 2 },
  { id: 'large', min: 0.05, max: 3, step: 0.05, initial: 0.8, digits: 2 },
] as const;
export type LaneId = (typeof LANES)[number]['id'];

/** Length of a race in steps (30 epochs of the 200 training points in batches of 10). */
export const RACE_STEPS = 600;
/** Steps per lane per chunk; rates change (a schedule, an announcement) only between chunks. */
export const CHUNK = 4;
