import { TrainerCore } from './core';
import type { TrainerRequest, TrainerResponse } from './protocol';

/** A trainer that keeps itself running while playing: a worker or the main-thread fallback. */
export interface TrainerDriver {
  send(request: TrainerRequest): void;
  dispose(): void;
}

/**
 * Drives a TrainerCore: after each request, and after each time slice while playing,
 * schedules the next slice. Each slice posts one snapshot, so at most one per `sliceMs`.
 * `schedule` is setTimeout(fn, 0) in a worker, requestAnimationFrame on the main thread.
 */
export function driveTrainer(
  post: (response: TrainerResponse) => void,
  { sliceMs, schedule }: { sliceMs: number; schedule: (fn: () => void) => unknown },
): TrainerDriver {
  const core = new TrainerCore(post);
  let scheduled = false;
  let disposed = false;
  const loop = () => {
    scheduled = false;
    if (disposed) return;
    core.tick(sliceMs);
    kick();
  };
  const kick = () => {
    if (core.playing && !scheduled && !disposed) {
      scheduled = true;
      schedule(loop);
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
