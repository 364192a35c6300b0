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
