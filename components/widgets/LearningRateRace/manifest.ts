import { accepts, bool, list, num, object, oneOf, tuple } from '@/lib/scenes/limits';
import { defineWidget } from '../manifest';

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

/** A chunk boundary: rates change and races pause only between chunks, so a story's numbers are exact. */
const boundary = (max: number) => num(CHUNK, max, { int: true, step: CHUNK });

/**
 * LearningRateRace (see ../manifest.ts). A story step may set:
 * - `rates` the three lanes' rates, each inside its slider. A change while the race runs
 *   changes the running lanes there and then (marked on the chart); otherwise it starts a new race.
 * - `decay` the large lane's schedule (a change starts a new race);
 * - `playing` whether the race runs (true also at mount: the race starts by itself);
 * - `until` the step where a running race pauses (the end of the race unless a story stops it halfway);
 * - `announced` the steps where the loudspeaker quarters the large lane's rate, mid-run.
 * The lanes train outside the store, so a jump to another step starts the race afresh.
 */
export const LearningRateRace = defineWidget({
  scene: {
    state: {
      rates: tuple(...LANES.map((lane) => num(lane.min, lane.max))),
      decay: object({ on: bool, kind: oneOf('exponential', 'step') }),
      playing: bool,
      until: boundary(RACE_STEPS),
      announced: list(boundary(RACE_STEPS - CHUNK), { max: 8, increasing: true }),
    },
    restart: true,
  },
  height: { narrow: 1140, wide: 1165 },
});

// What the race accepts from the store (useRaceState.ts): the scene's own limits.
const { state } = LearningRateRace.scene;
export const [isRates, isDecay, isUntil, isAnnounced] = [state.rates, state.decay, state.until, state.announced].map(accepts);
