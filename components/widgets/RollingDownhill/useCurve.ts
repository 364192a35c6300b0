'use client';

import { useReducer, useState } from 'react';
import { useReducedMotion } from 'framer-motion';
import { canStep, curveReducer, initialCurve, settled } from './curveState';
import { useTicker } from './useTicker';

/** Milliseconds between steps while playing: slow enough to follow the ball. */
const TICK = 450;

/** The curve's state, plus Play: one step per tick, or straight to rest under reduced motion. */
export function useCurve() {
  const [state, dispatch] = useReducer(curveReducer, initialCurve);
  const [playing, setPlaying] = useState(false);
  const still = useReducedMotion() ?? false;
  const running = playing && canStep(state) && !settled(state);
  useTicker(running, () => dispatch({ type: 'step' }), TICK);

  const togglePlay = () => {
    if (running) return setPlaying(false);
    if (still) return dispatch({ type: 'run' });
    setPlaying(true);
  };
  const place = (w: number) => {
    setPlaying(false);
    dispatch({ type: 'place', w });
  };
  return { state, dispatch, running, togglePlay, place, stop: () => setPlaying(false) };
}
