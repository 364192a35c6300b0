'use client';
// The training run a setup describes. The learning rate changes a live run (through the
// trainer's plan) instead of starting a new one, so the run is keyed by everything except it
// and the view toggles.
import { useState } from 'react';
import { useTrainer } from '@/components/useTrainer';
import { trainerConfig } from '@/lib/playground/config';
import { isPictures, trainSizeOf } from '@/lib/playground/model';
import type { PlaygroundState } from '@/lib/playground/table';
import { GRID } from './BoundaryView';

/** What identifies a run: every control that changes what trains from step 0. */
export function runKeyOf(state: PlaygroundState): string {
  return JSON.stringify({ ...state, lr: null, showTest: null, discrete: null, challenge: null });
}

/**
 * The trainer for this setup and its run key. Playing trains one epoch per frame, as
 * tensorflow/playground does, so a run unfolds at a pace the eye can follow; a new run starts paused.
 */
export function useRun(state: PlaygroundState) {
  const runKey = runKeyOf(state);
  const [play, setPlay] = useState({ runKey, on: false });
  const on = play.on && play.runKey === runKey;
  const trainer = useTrainer({
    lanes: [trainerConfig(state, state.lr)],
    stepsPerFrame: Math.ceil(trainSizeOf(state) / state.batch),
    // the boundary comes with every snapshot of a 2-D run
    grid: isPictures(state.dataset) ? null : GRID,
    playing: on,
  });
  const playing = on && !(trainer.snapshot?.diverged ?? false);
  return { ...trainer, runKey, playing, setPlaying: (value: boolean) => setPlay({ runKey, on: value }) };
}
