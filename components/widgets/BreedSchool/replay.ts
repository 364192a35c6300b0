import { TrainerCore } from '../../../lib/nn/worker/core';
import type { TrainerSnapshot } from '../../../lib/nn/worker/protocol';
import { BREED_CONFIG } from './config';
import { BASE_LR } from './manifest';

/**
 * The school's run replayed on the engine, what tests compare the widget with: `steps`
 * steps, with Adam's rate `lr` from step `from` on (a story step's rate change).
 */
export function replaySchool(steps: number, from = steps, lr = BASE_LR): TrainerSnapshot {
  let last: TrainerSnapshot | null = null;
  const core = new TrainerCore((r) => (last = r.type === 'snapshot' ? r.snapshot : last));
  core.handle({ type: 'create', ...BREED_CONFIG });
  if (from > 0) core.handle({ type: 'train', steps: Math.min(from, steps) });
  core.handle({ type: 'setLearningRate', lr });
  if (steps > from) core.handle({ type: 'train', steps: steps - from });
  return last!;
}
