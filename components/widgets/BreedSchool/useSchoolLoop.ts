'use client';
// The epilogue's play loop, driven by the stored keys: a story step (or the reader) says
// whether it plays, where it pauses, and from which step which learning rate applies.
import { useEffect } from 'react';
import type { TrainerRequest, TrainerSnapshot } from '@/lib/nn/worker/protocol';
import { BASE_LR, STEPS_PER_FRAME } from './manifest';

/** Adam's rate at `step`: the stored value from its step on, the run's own before. */
export const rateAt = (lr: { from: number; value: number }, step: number) => (step >= lr.from ? lr.value : BASE_LR);

/**
 * While `playing`: after each answer, on the next frame, trains up to STEPS_PER_FRAME more
 * steps, never past `until` (0: no stop) nor across the step where the rate changes, so a
 * replay is exact. The trainer's rate follows `lr` whatever the step. Returns whether it trains.
 */
export function useSchoolLoop(snapshot: TrainerSnapshot | null, send: (request: TrainerRequest) => void, { playing, until, lr }: {
  playing: boolean;
  until: number;
  lr: { from: number; value: number };
}): boolean {
  const step = snapshot?.step ?? 0;
  const want = rateAt(lr, step);
  const reported = snapshot?.lr;
  useEffect(() => {
    if (reported !== undefined && reported !== want) send({ type: 'setLearningRate', lr: want });
  }, [reported, want, send]);

  const limit = Math.min(until > 0 ? until : Infinity, step < lr.from ? lr.from : Infinity);
  const steps = Math.min(STEPS_PER_FRAME, limit - step);
  const on = playing && snapshot !== null && !snapshot.diverged && (until === 0 || step < until);
  const answered = snapshot ? `${snapshot.step}/${snapshot.historySteps.length}/${snapshot.lr}` : null;
  useEffect(() => {
    // the rate must be the step's before a chunk goes: wait for the trainer to report it
    if (!on || answered === null || reported !== want || steps <= 0) return;
    const frame = requestAnimationFrame(() => send({ type: 'train', steps }));
    return () => cancelAnimationFrame(frame);
  }, [on, answered, send, steps, reported, want]);
  return on;
}
