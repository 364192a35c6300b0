// Presentation of a run's loss history: how far toward the target, and when it was reached.
import type { TrainerSnapshot } from '@/lib/nn/worker/protocol';

/** The latest measured training loss (may be non-finite after a blow-up). */
export const latest = (values: readonly number[]): number => values[values.length - 1] ?? NaN;

/** The first measured step whose training loss was below `target`, or null. */
export function reachedAt(snapshot: TrainerSnapshot, target: number): number | null {
  const i = snapshot.trainLoss.findIndex((loss) => loss < target);
  return i < 0 ? null : snapshot.historySteps[i]!;
}

/**
 * Share of the way from the starting loss down to the target, in [0, 1]: 0 before
 * training (or when the loss rose), 1 once the loss is at or below the target.
 */
export function targetShare(snapshot: TrainerSnapshot, target: number): number {
  const start = snapshot.trainLoss[0];
  const now = latest(snapshot.trainLoss);
  if (start === undefined || !Number.isFinite(now)) return 0;
  if (now <= target) return 1;
  if (start <= target) return 0;
  return Math.min(1, Math.max(0, (start - now) / (start - target)));
}
