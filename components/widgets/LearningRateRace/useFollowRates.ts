'use client';
// The lanes run outside React: these effects make them follow the stored rates, however the
// rates got there (a slider, a story step, the presenter's other window, the first mount).
import { useEffect, useEffectEvent, useRef } from 'react';
import type { Lane } from './useLockstep';

/** A rate change made while the race ran, drawn on the chart where it happened. */
export interface LiveChange {
  lane: number;
  step: number;
  from: number;
  to: number;
}

/**
 * `want(i, step)` is the rate lane i should train with from `step` on. Each lane is sent its
 * rate whenever it differs from the one it reports (between chunks, so a change lands on a
 * chunk boundary). When the stored rates or schedule change: while the race runs and no
 * changed lane has diverged, the lanes keep training with the new rates (`onLive`); otherwise
 * a new race starts (`onNewRace`).
 */
export function useFollowRates(lanes: Lane[], { want, rates, schedule, running, onLive, onNewRace }: {
  want: (lane: number, step: number) => number;
  rates: number[];
  schedule: string;
  running: boolean;
  onLive: (changes: LiveChange[]) => void;
  onNewRace: () => void;
}) {
  const wanted = lanes.map((lane, i) => (lane.snapshot ? want(i, lane.snapshot.step) : null));
  const reported = lanes.map((lane) => lane.snapshot?.lr ?? null);
  const key = `${wanted.join(' ')}|${reported.join(' ')}`;
  const follow = useEffectEvent(() => {
    lanes.forEach((lane, i) => {
      const lr = wanted[i];
      if (lr !== null && lr !== undefined && lr !== reported[i]) lane.send({ type: 'setLearningRate', lr });
    });
  });
  useEffect(() => follow(), [key]);

  const seen = useRef({ rates, schedule });
  const changed = useEffectEvent(() => {
    const before = seen.current;
    seen.current = { rates, schedule };
    const moved = rates.flatMap((lr, i) => (lr === before.rates[i] ? [] : [i]));
    const step = Math.max(...lanes.map((lane) => lane.snapshot?.step ?? 0));
    const live = running && step > 0 && before.schedule === schedule && moved.every((i) => !lanes[i]!.snapshot?.diverged);
    if (!live) return onNewRace();
    onLive(moved.map((i) => ({ lane: i, step, from: lanes[i]!.snapshot?.lr ?? before.rates[i]!, to: want(i, step) })));
  });
  const ratesKey = rates.join(' ');
  useEffect(() => {
    if (seen.current.rates.join(' ') !== ratesKey || seen.current.schedule !== schedule) changed();
  }, [ratesKey, schedule]);
}
