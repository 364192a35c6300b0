'use client';

import { useEffect } from 'react';
import { useReducedMotion } from 'framer-motion';
import { useWidgetState } from '../state';

/**
 * Which stage of a forward pass is shown (0 = only the inputs, `last` = the output layer)
 * and a player that lights one more layer every `period` ms. Both live in the widget store,
 * so a story step can light the layers itself: `playing: true` arriving from the store
 * (also at mount) really plays. Under reduced motion, play jumps straight to the end:
 * the state still changes, nothing moves.
 */
export function usePlayback(last: number, period = 800) {
  const still = useReducedMotion() ?? false;
  const [storedStage, setStage] = useWidgetState('stage', 0);
  const [playing, setPlaying] = useWidgetState('playing', false);
  const stage = Math.min(last, Math.max(0, Math.round(storedStage)));

  useEffect(() => {
    if (!playing) return;
    // Played to the end, or asked to play with nothing left to light: stop there.
    if (still || stage >= last) {
      setStage(last);
      setPlaying(false);
      return;
    }
    const timer = setTimeout(() => {
      setStage(stage + 1);
      if (stage + 1 >= last) setPlaying(false);
    }, period);
    return () => clearTimeout(timer);
  }, [playing, stage, last, period, still, setStage, setPlaying]);

  const go = (next: number) => {
    setPlaying(false);
    setStage(Math.min(last, Math.max(0, next)));
  };
  const play = () => {
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
