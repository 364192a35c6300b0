/**
 * A learning-rate schedule as data, so it can cross to the trainer: `step` multiplies the rate
 * by `factor` once every `every` steps; `exponential` by rate^(step / every), smoothly.
 */
export type ScheduleSpec =
  | { kind: 'exponential'; rate: number; every: number }
  | { kind: 'step'; factor: number; every: number };

/** What a schedule multiplies the rate by at `step` (0-based). */
export const decay = (spec: ScheduleSpec, step: number): number =>
  spec.kind === 'exponential' ? Math.pow(spec.rate, step / spec.every) : Math.pow(spec.factor, Math.floor(step / spec.every));

/** From step `at` on, the rate is `lr`, or is multiplied by `times` (the race's loudspeaker). */
export type Announcement = { at: number; lr: number } | { at: number; times: number };

/** The rate at `step`: `lr`, changed by each announcement made by then (in order), then scheduled. */
export function rateAt(step: number, lr: number, schedule?: ScheduleSpec, announcements: readonly Announcement[] = []): number {
  let base = lr;
  for (const a of announcements) {
    if (a.at <= step) base = 'lr' in a ? a.lr : base * a.times;
  }
  return schedule ? base * decay(schedule, step) : base;
}
