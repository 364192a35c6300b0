// Accuracy over steps, gathered from the trainer's snapshots: the snapshot carries the
// loss history but only the latest accuracy, so the page keeps its own list.

/** Accuracy measured at each step. */
export interface AccuracyHistory {
  steps: number[];
  train: number[];
  test: number[];
}

export const EMPTY_HISTORY: AccuracyHistory = { steps: [], train: [], test: [] };

/** Points kept; past this every other one is dropped (the trainer thins its loss history the same way). */
export const MAX_POINTS = 600;

/**
 * The history with a point added at `step`. A step below the last one means the run went
 * back (reset or a new run): the history starts again. The same step is not added twice.
 */
export function addPoint(history: AccuracyHistory, step: number, train: number, test: number): AccuracyHistory {
  const last = history.steps[history.steps.length - 1];
  if (last === step) return history;
  const base = last !== undefined && step < last ? EMPTY_HISTORY : history;
  let next = { steps: [...base.steps, step], train: [...base.train, train], test: [...base.test, test] };
  if (next.steps.length > MAX_POINTS) {
    const keep = (_: number, i: number, all: number[]) => i % 2 === 0 || i === all.length - 1;
    next = { steps: next.steps.filter(keep), train: next.train.filter(keep), test: next.test.filter(keep) };
  }
  return next;
}

/** The first step at which test accuracy reached `goal`, or null. */
export function firstReached(history: AccuracyHistory, goal: number): number | null {
  const k = history.test.findIndex((v) => v >= goal);
  return k < 0 ? null : history.steps[k]!;
}
