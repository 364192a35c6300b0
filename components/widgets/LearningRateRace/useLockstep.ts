'use client';
// Several runs trained step for step. The trainer protocol has no "lockstep" request, so
// the widget sends every lane the same `train {steps}` chunk and waits for all answers
// before sending the next: lanes with the same seed stay comparable step by step.
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import type { TrainerRequest, TrainerSnapshot } from '@/lib/nn/worker/protocol';

/** One run, as useTrainer returns it. */
export interface Lane {
  snapshot: TrainerSnapshot | null;
  send: (request: TrainerRequest) => void;
}

/** The lane has answered: it reached `target`, or it diverged and stopped short of it. */
const answered = (lane: Lane, target: number) =>
  lane.snapshot !== null && (lane.snapshot.step >= target || lane.snapshot.diverged);

/** Every lane reached `stopAt` or diverged, so a race of that length is over. */
export const finished = (lanes: Lane[], stopAt: number) => lanes.every((lane) => answered(lane, stopAt));

/**
 * While `playing`, sends each lane `chunk` more steps on an animation frame (at most one
 * chunk per `every` ms), but only after every lane answered the last chunk; stops at
 * `stopAt`. `beforeChunk(step)` runs just before a chunk that starts at `step` (to set a
 * scheduled learning rate, say).
 * Returns `restart()`, which resets every lane and the shared step count.
 */
export function useLockstep(
  lanes: Lane[],
  { playing, chunk, every = 0, stopAt = Infinity, beforeChunk, runKey = '' }: {
    playing: boolean;
    chunk: number;
    /** at least this many ms between chunks: fewer snapshots keep the page's main thread light */
    every?: number;
    stopAt?: number;
    beforeChunk?: (step: number) => void;
    /** changes when the lanes are new runs (new configs): the shared count starts again */
    runKey?: string;
  },
): { restart: () => void } {
  const target = useRef(0);
  const run = useRef(runKey);
  const sentAt = useRef(-Infinity);
  // after restart(), answers to chunks sent before it may still arrive: wait until every lane is back at step 0
  const resetting = useRef(false);
  // counts restarts: a chunk planned before one is dropped, and the loop looks again after one
  const [restarts, setRestarts] = useState(0);
  const generation = useRef(0);
  const onChunk = useEffectEvent((step: number) => beforeChunk?.(step));
  const next = useEffectEvent(() => {
    if (run.current !== runKey) {
      run.current = runKey;
      target.current = 0;
    }
    if (resetting.current) {
      if (!lanes.every((lane) => lane.snapshot?.step === 0)) return null;
      resetting.current = false;
    }
    if (!lanes.every((lane) => answered(lane, target.current))) return null;
    // a lane may have gone further on its own ("one step", "one epoch")
    const from = Math.max(target.current, ...lanes.map((lane) => lane.snapshot?.step ?? 0));
    const steps = Math.min(chunk, stopAt - from);
    if (steps <= 0) return null;
    const planned = generation.current;
    return () => {
      if (planned !== generation.current) return;
      sentAt.current = performance.now();
      onChunk(from);
      target.current = from + steps;
      lanes.forEach((lane) => lane.send({ type: 'train', steps }));
    };
  });
  // re-checked whenever any lane answers
  const progress = lanes.map((lane) => (lane.snapshot ? `${lane.snapshot.step}${lane.snapshot.diverged ? 'd' : ''}` : '-')).join(' ');
  useEffect(() => {
    if (!playing) return;
    const send = next();
    if (!send) return;
    let frame = 0;
    const timer = setTimeout(() => (frame = requestAnimationFrame(send)), Math.max(0, sentAt.current + every - performance.now()));
    return () => {
      clearTimeout(timer);
      cancelAnimationFrame(frame);
    };
  }, [playing, progress, runKey, every, stopAt, restarts]);

  const restart = () => {
    target.current = 0;
    resetting.current = true;
    generation.current += 1;
    setRestarts((n) => n + 1);
    lanes.forEach((lane) => lane.send({ type: 'reset' }));
  };
  return { restart };
}
