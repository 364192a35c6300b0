// What BackpropSteps accepts from the widget store (a story step, the other presentation window):
// values of the right JSON shape that the controls can also show.
import type { JsonValue } from '../state';
import { STAGES } from './stages';

/** The controls' ranges; scene.ts reads them too, so a story cannot set what a slider cannot show. */
export const RANGES = { input: { min: -1, max: 1, step: 0.1 }, eta: { min: 0.05, max: 5, step: 0.05 }, param: { min: -10, max: 10 } } as const;

const within = (value: JsonValue, range: { min: number; max: number }) => typeof value === 'number' && value >= range.min && value <= range.max;

export const isInputs = (value: JsonValue) => Array.isArray(value) && value.every((a) => within(a, RANGES.input));
export const isTarget = (value: JsonValue) => value === 0 || value === 1;
export const isEta = (value: JsonValue) => within(value, RANGES.eta);
export const isStage = (value: JsonValue) => Number.isInteger(value) && within(value, { min: 0, max: STAGES.length - 1 });
/** Losses of earlier rounds: never negative. */
export const isHistory = (value: JsonValue) => Array.isArray(value) && value.every((loss) => typeof loss === 'number' && loss >= 0);
export function isParams(value: JsonValue): boolean {
  const params = value as { weights?: JsonValue; bias?: JsonValue };
  return Array.isArray(params.weights) && params.weights.every((w) => within(w, RANGES.param)) && within(params.bias ?? null, RANGES.param);
}
