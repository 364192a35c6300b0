'use client';

import { useMemo, useState } from 'react';
import { useReducedMotion } from 'framer-motion';
import { MAX_STEPS, RACERS, bowlPath } from './descend';
import { bowl } from './landscape';
import { useTicker } from './useTicker';

const TICK = 160;
/** One arrow-key press moves the start this far (Shift: five times as far). */
export const NUDGE = 0.1;

const clamp = (v: number, [lo, hi]: [number, number]) => Math.min(hi, Math.max(lo, v));
const snap = (v: number) => Number((Math.round(v / 0.05) * 0.05).toFixed(2));

/**
 * The race on the bowl: a start the reader moves and how many steps to show. The paths
 * are recomputed by the engine's optimisers whenever the start moves.
 */
export function useBowl() {
  const [start, setStart] = useState<[number, number]>([-4, 1.5]);
  const [steps, setSteps] = useState(0);
  const [playing, setPlaying] = useState(false);
  const still = useReducedMotion() ?? false;
  const paths = useMemo(() => RACERS.map((racer) => ({ racer, path: bowlPath(racer, start) })), [start]);
  const running = playing && steps < MAX_STEPS;
  useTicker(running, () => setSteps((n) => Math.min(MAX_STEPS, n + 1)), TICK);

  return {
    start,
    steps,
    paths,
    running,
    /** Moves the start, kept inside the map and on a 0.05 grid. */
    moveTo: (w1: number, w2: number) => setStart([clamp(snap(w1), bowl.w1Domain), clamp(snap(w2), bowl.w2Domain)]),
    step: () => setSteps((n) => Math.min(MAX_STEPS, n + 1)),
    reset: () => {
      setPlaying(false);
      setSteps(0);
    },
    togglePlay: () => {
      if (running) return setPlaying(false);
      if (still) return setSteps(MAX_STEPS);
      if (steps >= MAX_STEPS) setSteps(0);
      setPlaying(true);
    },
  };
}
