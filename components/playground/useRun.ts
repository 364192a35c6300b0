'use client';
// The training run a setup describes. The learning rate changes a live run (setLearningRate)
// instead of starting a new one, so the run is keyed by everything except it and the view toggles.
import { useState } from 'react';
import { useTrainer } from '@/components/useTrainer';
import { trainerConfig } from '@/lib/playground/config';
import type { PlaygroundState } from '@/lib/playground/table';
import type { TrainerConfig } from '@/lib/nn/worker/protocol';

/** What identifies a run: every control that changes what trains from step 0. */
export function runKeyOf(state: PlaygroundState): string {
  return JSON.stringify({ ...state, lr: null, showTest: null, discrete: null, challenge: null });
}

/** The trainer for this setup, its run key, and the config it was created with. */
export function useRun(state: PlaygroundState) {
  const key = runKeyOf(state);
  const [run, setRun] = useState<{ key: string; config: TrainerConfig }>(() => ({ key, config: trainerConfig(state, state.lr) }));
  // a new run starts with the learning rate the controls show now
  if (run.key !== key) setRun({ key, config: trainerConfig(state, state.lr) });
  const trainer = useTrainer(run.config);
  return { ...trainer, runKey: run.key, config: run.config };
}
