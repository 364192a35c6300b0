// A setup replayed on the engine, synchronously and at its own pace (one snapshot per frame, as
// the widget gets them): what tests compare a widget's numbers with.
import { driveTrainer } from '../../lib/nn/worker/loop';
import type { TrainerSetup, TrainerSnapshot } from '../../lib/nn/worker/protocol';
import { createTrainerStore } from './store';

/** Each lane of `setup` played up to step `until` (a lane that diverges stops there). */
export function replay(setup: TrainerSetup, until: number): TrainerSnapshot[] {
  const frames: (() => void)[] = [];
  const store = createTrainerStore({ ...setup, playing: true, until }, (onResponse) => driveTrainer(onResponse, (fn) => frames.push(fn)));
  const stop = store.subscribe(() => {});
  while (frames.length > 0) frames.shift()!();
  const { lanes, error } = store.getState();
  stop();
  if (error) throw new Error(error);
  return lanes;
}

/** A trainer on the engine that answers every request at once (it never plays by itself). */
export function engineTrainer(setup: TrainerSetup) {
  const store = createTrainerStore(setup, (onResponse) => driveTrainer(onResponse, () => {}));
  store.subscribe(() => {});
  return store;
}
