import { TrainerCore } from './core';
import type { TrainerRequest, TrainerResponse } from './protocol';

/** A trainer that keeps itself running while playing: a worker or the main-thread fallback. */
export interface TrainerDriver {
  send(request: TrainerRequest): void;
  dispose(): void;
}

/** Longest slice of painting pictures between two requests (a main-thread trainer shares its thread with the page). */
const PAINT_MS = 10;

/**
 * Drives a TrainerCore: after each request, and after each tick while it runs, schedules
 * the next tick `frameMs` later (the setup's pace). Each tick posts one snapshot. Pictures
 * the first snapshot did not need are painted in slices while nothing else is asked.
 * `schedule` is setTimeout in a worker and on the main thread (a queue in tests).
 */
export function driveTrainer(
  post: (response: TrainerResponse) => void,
  schedule: (fn: () => void, ms: number) => unknown = setTimeout,
): TrainerDriver {
  const core = new TrainerCore(post);
  let scheduled = false;
  let painting = false;
  let disposed = false;
  const paint = () => {
    painting = false;
    if (disposed) return;
    core.paint(PAINT_MS);
    idle();
  };
  const idle = () => {
    if (core.unpainted && !painting && !disposed) {
      painting = true;
      schedule(paint, 0);
    }
  };
  const loop = () => {
    scheduled = false;
    if (disposed) return;
    core.tick();
    kick();
  };
  const kick = () => {
    if (core.running && !scheduled && !disposed) {
      scheduled = true;
      schedule(loop, core.frameMs);
    }
  };
  return {
    send(request) {
      core.handle(request);
      kick();
      idle();
    },
    dispose() {
      disposed = true;
    },
  };
}
