// A tiny external store around one trainer (worker or main-thread fallback), in the
// manner of zustand's vanilla store: React reads it through useSyncExternalStore.
import type { TrainerDriver } from '../../lib/nn/worker/loop';
import type { TrainerConfig, TrainerRequest, TrainerResponse, TrainerSnapshot } from '../../lib/nn/worker/protocol';

/** What a widget draws: the latest snapshot and the latest error, if any. */
export interface TrainerState {
  snapshot: TrainerSnapshot | null;
  error: string | null;
}

/** Subscribe-and-read access to a trainer, plus a way to send it requests. */
export interface TrainerStore {
  getState(): TrainerState;
  subscribe(listener: () => void): () => void;
  send(request: TrainerRequest): void;
}

/** Opens a trainer that answers through `onResponse`. */
export type Connect = (onResponse: (response: TrainerResponse) => void) => TrainerDriver;

/** The state before the first snapshot (also what the server renders). */
export const EMPTY_STATE: TrainerState = { snapshot: null, error: null };

/**
 * The trainer starts when the first listener subscribes (sending `create` with the config)
 * and stops when the last one leaves. Runs are deterministic, so a restart (as React's
 * strict mode does) shows the same run again.
 */
export function createTrainerStore(config: TrainerConfig, connect: Connect): TrainerStore {
  let state = EMPTY_STATE;
  let driver: TrainerDriver | null = null;
  const listeners = new Set<() => void>();
  const setState = (next: TrainerState) => {
    state = next;
    listeners.forEach((l) => l());
  };
  const onResponse = (response: TrainerResponse) => {
    setState(response.type === 'snapshot'
      ? { snapshot: response.snapshot, error: null }
      : { snapshot: state.snapshot, error: response.message });
  };
  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      if (!driver) {
        driver = connect(onResponse);
        driver.send({ type: 'create', ...config });
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && driver) {
          driver.dispose();
          driver = null;
        }
      };
    },
    send(request) {
      driver?.send(request);
    },
  };
}
