'use client';

import { useEffect, useState } from 'react';
import { useReducedMotion } from 'framer-motion';

/**
 * Which stage of a forward pass is shown (0 = only the inputs, `last` = the output layer)
 * and a player that lights one more layer every `period` ms. Under reduced motion, play
 * jumps straight to the end: the state still changes, nothing moves.
 */
export function usePlayback(last: number, period = 800) {
  const still = useReducedMotion() ?? false;
  const [stage, setStage] = useState(0);
  const [playing, setPlaying] = useState(false);

  useEffect(() => {
    if (!playing) return;
    const timer = setTimeout(() => {
      setStage(stage + 1);
      if (stage + 1 >= last) setPlaying(false);
    }, period);
    return () => clearTimeout(timer);
  }, [playing, stage, last, period]);

  const go = (next: number) => {
    setPlaying(false);
    setStage(Math.min(last, Math.max(0, next)));
  };
  const play = () => {
    if (still) return go(last);
    if (stage >= last) setStage(0);
    setPlaying(true);
  };

  return {
    stage,
    playing,
    back: () => go(stage - 1),
    forward: () => go(stage + 1),
    reset: () => go(0),
    toggle: () => (playing ? setPlaying(false) : play()),
  };
}
