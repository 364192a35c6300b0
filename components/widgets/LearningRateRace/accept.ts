// What the race accepts from the widget store (a story step, the other presentation window):
// values of the right JSON shape that are also ones the race can run. scene.ts states the
// same limits for the chapter compiler, from the same constants.
import type { JsonValue } from '../state';
import { CHUNK, LANES, RACE_STEPS } from './lanes';

const isNumber = (value: JsonValue | undefined): value is number => typeof value === 'number' && Number.isFinite(value);

/** A chunk boundary strictly inside the race (or its end, if `end`): where the race may pause or the rate may change. */
export const isBoundary = (value: JsonValue | undefined, end = false): boolean =>
  isNumber(value) && value % CHUNK === 0 && value >= CHUNK && value <= (end ? RACE_STEPS : RACE_STEPS - CHUNK);

/** One rate per lane, each inside its lane's slider. */
export const isRates = (value: JsonValue): boolean =>
  Array.isArray(value) && value.length === LANES.length && LANES.every((lane, i) => isNumber(value[i]) && value[i] >= lane.min && value[i] <= lane.max);

/** A known schedule kind. */
export const isDecay = (value: JsonValue): boolean =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && ['exponential', 'step'].includes(String((value as { kind?: JsonValue }).kind));

/** Where the race pauses: a chunk boundary, at most the race's end. */
export const isUntil = (value: JsonValue): boolean => isBoundary(value, true);

/** The loudspeaker's steps: chunk boundaries inside the race, in increasing order. */
export const isAnnounced = (value: JsonValue): boolean =>
  Array.isArray(value) && value.every((at, i) => isBoundary(at) && (i === 0 || (at as number) > (value[i - 1] as number)));
