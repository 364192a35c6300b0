'use client';
// The one hook widgets train through. The network trains in a Web Worker (or, where
// there is none or it fails to start, on the main thread in small slices); widgets only draw snapshots.
import { useCallback, useMemo, useState, useSyncExternalStore } from 'react';
import type { TrainerConfig, TrainerRequest } from '../lib/nn/worker/protocol';
import { connectTrainer } from './trainer/connect';
import { createTrainerStore, EMPTY_STATE, type TrainerState } from './trainer/store';

/**
 * Trains the network `config` describes and returns its latest snapshot, a `send` for
 * requests ({ type: 'play' }, { type: 'setLearningRate', lr }, …) and `retry`, which starts
 * the run afresh after the trainer failed. A config with the same content keeps the same
 * run; a different one starts a new run.
 */
export function useTrainer(config: TrainerConfig): TrainerState & { send: (request: TrainerRequest) => void; retry: () => void } {
  const key = JSON.stringify(config);
  const [attempt, setAttempt] = useState(0);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a retry is a new store for the same config
  const store = useMemo(() => createTrainerStore(JSON.parse(key) as TrainerConfig, connectTrainer), [key, attempt]);
  const state = useSyncExternalStore(store.subscribe, store.getState, () => EMPTY_STATE);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, send: store.send, retry };
}
