/** A learning-rate schedule: the rate to use at a given step (0-based). */
export type Schedule = (step: number) => number;

/** Step decay: lr0 multiplied by `factor` once every `every` steps. */
export function stepDecay({ lr0, factor, every }: { lr0: number; factor: number; every: number }): Schedule {
  return (step) => lr0 * Math.pow(factor, Math.floor(step / every));
}

/** Exponential decay: lr0 · rate^(step / every), smoothly (every defaults to 1). */
export function exponentialDecay({ lr0, rate, every = 1 }: { lr0: number; rate: number; every?: number }): Schedule {
  return (step) => lr0 * Math.pow(rate, step / every);
}

/** A schedule as data, so it can cross to the trainer: `lr0` is the run's rate. */
export type ScheduleSpec =
  | { kind: 'exponential'; rate: number; every: number }
  | { kind: 'step'; factor: number; every: number };

/** The schedule a spec describes, starting from `lr0`. */
export function scheduleOf(spec: ScheduleSpec, lr0: number): Schedule {
  return spec.kind === 'exponential' ? exponentialDecay({ lr0, rate: spec.rate, every: spec.every }) : stepDecay({ lr0, ...spec });
}

/** From step `at` on, the rate is `lr`, or is multiplied by `times` (the race's loudspeaker). */
export type Announcement = { at: number; lr: number } | { at: number; times: number };

/** The rate at `step`: `lr`, changed by each announcement made by then, then scheduled. */
export function rateAt(step: number, lr: number, schedule?: ScheduleSpec, announcements: readonly Announcement[] = []): number {
  let base = lr;
  for (const a of announcements) {
    if (a.at <= step) base = 'lr' in a ? a.lr : base * a.times;
  }
  return schedule ? scheduleOf(schedule, base)(step) : base;
}
