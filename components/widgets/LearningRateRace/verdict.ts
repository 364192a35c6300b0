// Presentation of a lane: how its race went, judged from the engine's loss history.
import { formatNumber } from '@/lib/format';
import type { Locale } from '@/lib/i18n';
import type { TrainerSnapshot } from '@/lib/nn/worker/protocol';
import type { words } from './words';
import { rateAt } from '@/lib/nn/schedules';
import { SCHEDULES, TAIL, THRESHOLD, quartered, type ScheduleKind } from './config';

/** How a lane's race is going or went. */
export type Verdict =
  | { kind: 'running' }
  /** the engine reported NaN/Infinity at this step (the first step that failed) */
  | { kind: 'diverged'; step: number }
  | { kind: 'converged' }
  /** finished above the line: `swinging` if the last steps jumped about, otherwise just slow */
  | { kind: 'notConverged'; swinging: boolean };

/** The training losses measured in the last TAIL steps of the run. */
function tail(snapshot: TrainerSnapshot): number[] {
  const from = snapshot.step - TAIL;
  return snapshot.trainLoss.filter((_, i) => snapshot.historySteps[i]! >= from);
}

/** Judges a lane; before the race is over only divergence is final. */
export function verdict(snapshot: TrainerSnapshot, over: boolean): Verdict {
  if (snapshot.diverged) return { kind: 'diverged', step: snapshot.step + 1 };
  if (!over) return { kind: 'running' };
  const last = tail(snapshot);
  if (last.every((loss) => Number.isFinite(loss) && loss < THRESHOLD)) return { kind: 'converged' };
  const finite = last.filter(Number.isFinite);
  const swing = finite.length < last.length || Math.max(...finite) - Math.min(...finite) > THRESHOLD / 2;
  return { kind: 'notConverged', swinging: swing };
}

/** The large lane's rate at `step`, as the trainer computes it: from `lr`, scheduled, quartered by each announcement so far. */
export const largeRateAt = (step: number, lr: number, schedule: ScheduleKind | null, announced: readonly number[]): number =>
  rateAt(step, lr, schedule ? SCHEDULES[schedule] : undefined, quartered(announced));

/** A learning rate with the digits it needs: 0.80, 0.30, 0.003, 0.0125 (never fewer than two decimals). */
export function formatRate(lr: number): string {
  const digits = lr >= 0.1 ? 2 : lr >= 0.01 ? 3 : 4;
  return formatNumber(lr, digits).replace(/(\.\d\d\d*?)0+$/, '$1');
}

/** A lane's status line: its loss while running, then how it ended; never NaN. */
export function statusText(snapshot: TrainerSnapshot | null, v: Verdict | null, w: (typeof words)[Locale]): string {
  if (!snapshot || !v) return '…';
  const last = snapshot.trainLoss[snapshot.trainLoss.length - 1] ?? NaN;
  const loss = Number.isFinite(last) ? formatNumber(last, 3) : null;
  if (v.kind === 'diverged') return w.diverged(v.step);
  if (loss === null) return w.blownUp;
  if (v.kind === 'converged') return w.converged(loss);
  if (v.kind === 'notConverged') return v.swinging ? w.swinging : w.slow(loss);
  return w.loss(loss);
}
