// What BreedSchool accepts from the widget store (a story step, the other presentation
// window): values of the right shape that the run can follow. scene.ts states the same limits.
import type { JsonValue } from '../state';
import { LR_RANGE, MAX_STEP, STEPS_PER_FRAME } from './limits';

/** A step the loop can stop at exactly: a multiple of STEPS_PER_FRAME up to MAX_STEP (0 = nowhere). */
export const isStep = (value: JsonValue | undefined): boolean =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_STEP && value % STEPS_PER_FRAME === 0;

/** A rate in range and the step it starts at. */
export function isRate(value: JsonValue): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { from, value: lr } = value as { from?: JsonValue; value?: JsonValue };
  return isStep(from) && typeof lr === 'number' && lr >= LR_RANGE.min && lr <= LR_RANGE.max;
}
