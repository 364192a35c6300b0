// What the floor accepts from the widget store (a story step, the other presentation window):
// values of the right JSON shape that are also ones the floor can run.
import type { JsonValue } from '../state';
import { BATCH_SIZES, KINDS, LR } from './config';

/** A learning rate inside the slider's range. */
export const isRate = (value: JsonValue): boolean => typeof value === 'number' && value >= LR.min && value <= LR.max;

/** A run the floor can start: a known shape of data, a batch size that divides the set, a rate in range. */
export function isRun(value: JsonValue): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const run = value as { kind?: JsonValue; batch?: JsonValue; lr?: JsonValue };
  return (KINDS as readonly JsonValue[]).includes(run.kind ?? null)
    && (BATCH_SIZES as readonly JsonValue[]).includes(run.batch ?? null)
    && isRate(run.lr ?? null);
}
