'use client';
// A run's first answer enables the run buttons and changes every number and both charts: in
// one commit, that was the longest task of the playground's load (Lighthouse, phone CPU). So
// the charts take the first answer in the commit after the numbers; from then on they follow
// in the same commit (a lag on every answer would slow playing, which asks for the next steps
// once an answer is drawn).
// Kept by issue 20's A/B on the playground (one run each, alternated, mobile Lighthouse, with /
// without): blocking time medians 409 / 543 ms (5 runs each), 243 / 273 ms (7), and 272 / 340 ms
// (6, order A,B,B,A) in three runs (notes: ab-table.md).
import { startTransition, useEffect, useState } from 'react';
import type { TrainerSnapshot } from '@/lib/nn/worker/protocol';

/**
 * The snapshot the charts draw: `snapshot`, but null until the commit after the run's
 * first snapshot (and null again when the run changes).
 */
export function useDrawnSnapshot(snapshot: TrainerSnapshot | null, runKey: string): TrainerSnapshot | null {
  const [drawnRun, setDrawnRun] = useState<string | null>(null);
  useEffect(() => {
    if (snapshot !== null && drawnRun !== runKey) startTransition(() => setDrawnRun(runKey));
  }, [snapshot, drawnRun, runKey]);
  return drawnRun === runKey ? snapshot : null;
}
