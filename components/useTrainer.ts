'use client';
// The one hook widgets train through. The network trains in a Web Worker (or, where
// there is none or it fails to start, on the main thread); widgets send intents and draw snapshots.
// In a deck, the run is the deck's (components/trainer/host.ts): trained in the window that owns
// the runs and drawn in the others, under an id made of the widget's place and the run key.
import { useCallback, useContext, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { TrainerRequest, TrainerSetup } from '../lib/nn/worker/protocol';
import { WidgetInstanceContext } from './widgets/state/WidgetStateContext';
import { connectTrainer } from './trainer/connect';
import { runHash, TrainerHostContext } from './trainer/host';
import { createTrainerStore, EMPTY_STATE, planOf, type TrainerState } from './trainer/store';

/** The part of a setup that makes a new run: everything but what a plan changes. */
const runKeyOf = (setup: TrainerSetup) => JSON.stringify({
  ...setup,
  playing: null,
  until: null,
  lanes: setup.lanes.map((lane) => ({ ...lane, announcements: null, optimizer: { ...lane.optimizer, lr: null } })),
});

/**
 * Trains the lanes `setup` describes, in lockstep and at its pace, and returns each lane's
 * latest snapshot, a `send` for intents ({ type: 'step' }, { type: 'reset' }, …) and `retry`,
 * which starts afresh after the trainer failed. A setup that differs only in what a plan holds
 * (playing, until, each lane's rate and announcements) changes the live run; any other
 * difference starts a new run.
 */
export function useTrainer(setup: TrainerSetup): TrainerState & { send: (request: TrainerRequest) => void; retry: () => void } {
  const key = runKeyOf(setup);
  const [attempt, setAttempt] = useState(0);
  const plan = JSON.stringify(planOf(setup));
  // the store starts with the setup of the render that made it; later plans follow through configure
  const host = useContext(TrainerHostContext);
  const instance = useContext(WidgetInstanceContext);
  const store = useMemo(
    () => (host && instance ? host.store(`${instance}#${runHash(key)}`, setup, attempt) : createTrainerStore(setup, connectTrainer)),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a new store for a new run key (or a retry), not for a new plan
    [key, attempt, host, instance],
  );
  const state = useSyncExternalStore(store.subscribe, store.getState, () => EMPTY_STATE);
  useEffect(() => store.configure(JSON.parse(plan)), [store, plan]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, send: store.send, retry };
}
