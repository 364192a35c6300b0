'use client';
import { useState } from 'react';
import { addPoint, EMPTY_HISTORY, type AccuracyHistory } from '@/lib/playground/history';
import type { TrainerSnapshot } from '@/lib/nn/worker/protocol';

/** Train and test accuracy over the run's steps, one point per snapshot with a new step. */
export function useAccuracy(snapshot: TrainerSnapshot | null, runKey: string): AccuracyHistory {
  const [state, setState] = useState<{ runKey: string; history: AccuracyHistory }>({ runKey, history: EMPTY_HISTORY });
  const base = state.runKey === runKey ? state.history : EMPTY_HISTORY;
  const next = snapshot ? addPoint(base, snapshot.step, snapshot.trainAccuracy, snapshot.testAccuracy) : base;
  if (next !== state.history || state.runKey !== runKey) setState({ runKey, history: next });
  return next;
}
