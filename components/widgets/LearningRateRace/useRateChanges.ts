'use client';
// The stored rates may change from a slider, a story step or the presenter's other window. The
// trainer follows them through its plan; this decides what a change means for the race.
import { useEffect, useEffectEvent, useRef } from 'react';
import type { TrainerSnapshot } from '@/lib/nn/worker/protocol';

/** A rate change made while the race ran, drawn on the chart where it happened. */
export interface LiveChange {
  lane: number;
  step: number;
  from: number;
  to: number;
}

/**
 * When the stored rates or schedule change: while the race runs and no changed lane has
 * diverged, the lanes train on with the new rates from where they are (`onLive`, to mark it);
 * otherwise a new race starts (`onNewRace`).
 */
export function useRateChanges(lanes: TrainerSnapshot[], { lr, schedule, running, rateAt, onLive, onNewRace }: {
  lr: number[];
  schedule: string;
  running: boolean;
  /** lane i's rate at a step, with the current settings */
  rateAt: (lane: number, step: number) => number;
  onLive: (changes: LiveChange[]) => void;
  onNewRace: () => void;
}) {
  const seen = useRef({ lr, schedule });
  const changed = useEffectEvent(() => {
    const before = seen.current;
    seen.current = { lr, schedule };
    const moved = lr.flatMap((rate, i) => (rate === before.lr[i] ? [] : [i]));
    const step = Math.max(0, ...lanes.map((lane) => lane.step));
    const live = running && step > 0 && before.schedule === schedule && moved.every((i) => !lanes[i]?.diverged);
    if (!live) return onNewRace();
    onLive(moved.map((i) => ({ lane: i, step, from: lanes[i]?.lr ?? before.lr[i]!, to: rateAt(i, step) })));
  });
  const key = lr.join(' ');
  useEffect(() => {
    if (seen.current.lr.join(' ') !== key || seen.current.schedule !== schedule) changed();
  }, [key, schedule]);
}
