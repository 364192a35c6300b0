'use client';
// The one hook widgets train through. The network trains in a Web Worker (or, where
// there is none, on the main thread in small slices); widgets only draw snapshots.
import { useMemo, useSyncExternalStore } from 'react';
import { driveTrainer } from '../lib/nn/worker/loop';
import type { TrainerConfig, TrainerRequest } from '../lib/nn/worker/protocol';
import { createTrainerStore, EMPTY_STATE, type Connect, type TrainerState } from './trainer/store';

/** A worker when the browser has one; otherwise the same handler on this thread. */
const connect: Connect = (onResponse) => {
  if (typeof Worker !== 'undefined') {
    const worker = new Worker(new URL('../lib/nn/worker/entry.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event) => onResponse(event.data);
    worker.onerror = (event) => onResponse({ type: 'error', message: event.message || 'the trainer worker failed' });
    return { send: (request) => worker.postMessage(request), dispose: () => worker.terminate() };
  }
  // 6 ms slices leave most of each frame to the page
  const schedule = (fn: () => void) => (typeof requestAnimationFrame === 'function' ? requestAnimationFrame(fn) : setTimeout(fn, 16));
  return driveTrainer(onResponse, { sliceMs: 6, schedule });
};

/**
 * Trains the network `config` describes and returns its latest snapshot and a `send`
 * for requests ({ type: 'play' }, { type: 'setLearningRate', lr }, …). A config with
 * the same content keeps the same run; a different one starts a new run.
 */
export function useTrainer(config: TrainerConfig): TrainerState & { send: (request: TrainerRequest) => void } {
  const key = JSON.stringify(config);
  const store = useMemo(() => createTrainerStore(JSON.parse(key) as TrainerConfig, connect), [key]);
  const state = useSyncExternalStore(store.subscribe, store.getState, () => EMPTY_STATE);
  return { ...state, send: store.send };
}
