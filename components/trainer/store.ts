// A tiny external store around one trainer (worker or main-thread fallback), in the
// manner of zustand's vanilla store: React reads it through useSyncExternalStore.
import type { TrainerDriver } from '../../lib/nn/worker/loop';
import type { TrainerConfig, TrainerRequest, TrainerResponse, TrainerSnapshot } from '../../lib/nn/worker/protocol';

/** What a widget draws: the latest snapshot, the latest refusal, if any, and whether the trainer stopped. */
export interface TrainerState {
  snapshot: TrainerSnapshot | null;
  /** the trainer's answer to a request it refused (the run goes on) */
  error: string | null;
  /** the trainer stopped and cannot go on: the widget offers a retry */
  failed: boolean;
}

/** Subscribe-and-read access to a trainer, plus a way to send it requests. */
export interface TrainerStore {
  getState(): TrainerState;
  subscribe(listener: () => void): () => void;
  send(request: TrainerRequest): void;
}

/** Opens a trainer that answers through `onResponse` and tells `onFailure` if it stops. */
export type Connect = (onResponse: (response: TrainerResponse) => void, onFailure: (reason: string) => void) => TrainerDriver;

/** The state before the first snapshot (also what the server renders). */
export const EMPTY_STATE: TrainerState = { snapshot: null, error: null, failed: false };

/**
 * The trainer starts when the first listener subscribes (sending `create` with the config,
 * then any request sent before that) and stops when the last one leaves. Runs are
 * deterministic, so a restart (as React's strict mode does) shows the same run again.
 *
 * Every request is answered by a snapshot. Listeners hear of a snapshot once the trainer has
 * answered every request sent so far (and at once of an error, or of a snapshot nobody asked
 * for, as while playing): requests sent together, as a widget's first ones are, are then
 * drawn once, not once per answer on the way.
 */
export function createTrainerStore(config: TrainerConfig, connect: Connect): TrainerStore {
  let state = EMPTY_STATE;
  let driver: TrainerDriver | null = null;
  /** requests sent and not yet answered */
  let unanswered = 0;
  /**
   * Requests sent before the trainer first started, sent right after its `create`: a child's
   * effects run before its parent's, so a widget's parts may ask before the widget listens.
   */
  let early: TrainerRequest[] | null = [];
  const listeners = new Set<() => void>();
  const onResponse = (response: TrainerResponse) => {
    unanswered = Math.max(0, unanswered - 1);
    state = response.type === 'snapshot'
      ? { snapshot: response.snapshot, error: null, failed: false }
      : { ...state, error: response.message };
    if (unanswered === 0 || response.type === 'error') listeners.forEach((l) => l());
  };
  const onFailure = () => {
    state = { ...state, failed: true };
    listeners.forEach((l) => l());
  };
  const send = (request: TrainerRequest) => {
    if (!driver) {
      if (early && early.length < 64) early.push(request);
      return;
    }
    unanswered++;
    driver.send(request);
  };
  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      if (!driver) {
        unanswered = 0;
        driver = connect(onResponse, onFailure);
        send({ type: 'create', ...config });
        const queued = early ?? [];
        early = null;
        queued.forEach(send);
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && driver) {
          driver.dispose();
          driver = null;
        }
      };
    },
    send,
  };
}
