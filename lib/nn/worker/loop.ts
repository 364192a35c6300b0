import { TrainerCore } from './core';
import type { TrainerRequest, TrainerResponse } from './protocol';

/** A trainer that keeps itself running while playing: a worker or the main-thread fallback. */
export interface TrainerDriver {
  send(request: TrainerRequest): void;
  dispose(): void;
}

/**
 * Drives a TrainerCore: after each request, and after each tick while it runs, schedules
 * the next tick `frameMs` later (the setup's pace). Each tick posts one snapshot.
 * `schedule` is setTimeout in a worker and on the main thread (a queue in tests).
 */
export function driveTrainer(
  post: (response: TrainerResponse) => void,
  schedule: (fn: () => void, ms: number) => unknown = setTimeout,
): TrainerDriver {
  const core = new TrainerCore(post);
  let scheduled = false;
  let disposed = false;
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
    },
    dispose() {
      disposed = true;
    },
  };
}
