// What BackpropChain accepts from the widget store (a story step, the other presentation window):
// values of the right JSON shape that the controls can also show.
import type { JsonValue } from '../state';
import { STAGES } from './stages';

/** The controls' ranges; scene.ts reads them too, so a story cannot set what a slider cannot show. */
export const RANGES = { x: { min: -2, max: 2, step: 0.1 }, w2: { min: -4, max: 4, step: 0.1 } } as const;

const within = (value: JsonValue, range: { min: number; max: number }) => typeof value === 'number' && value >= range.min && value <= range.max;

export const isX = (value: JsonValue) => within(value, RANGES.x);
export const isW2 = (value: JsonValue) => within(value, RANGES.w2);
export const isTarget = (value: JsonValue) => value === 0 || value === 1;
export const isStage = (value: JsonValue) => Number.isInteger(value) && within(value, { min: 0, max: STAGES.length - 1 });
