import { describe, expect, it } from 'vitest';
import { driveTrainer } from '../../lib/nn/worker/loop';
import type { TrainerSetup } from '../../lib/nn/worker/protocol';
import { createTrainerStore, type Connect } from './store';

const config: TrainerSetup = { lanes: [{
  network: { sizes: [2, 4, 1], activation: 'tanh', outputActivation: 'sigmoid', seed: 1 },
  dataset: { kind: 'xor', n: 100, noise: 0, seed: 2 },
  batchSize: 5,
  optimizer: { kind: 'sgd', lr: 0.1 },
  loss: 'bce',
  seed: 3,
}] };

describe('trainer store', () => {
  it('starts on first subscribe, updates listeners, stops on last unsubscribe', () => {
    const queue: (() => void)[] = [];
    let opened = 0;
    let closed = 0;
    const connect: Connect = (onResponse) => {
      opened++;
      const driver = driveTrainer(onResponse, (fn) => queue.push(fn));
      return { send: driver.send, dispose: () => { closed++; driver.dispose(); } };
    };
    const store = createTrainerStore(config, connect);
    expect(store.getState().snapshot).toBeNull();
    let notified = 0;
    const stop = store.subscribe(() => notified++);
    expect(opened).toBe(1);
    expect(store.getState().snapshot?.step).toBe(0);
    store.send({ type: 'train', steps: 20 });
    expect(store.getState().snapshot).toMatchObject({ step: 20, examples: 100, epoch: 2 });
    store.configure({ playing: true, lr: [0.1], announcements: [[]] });
    queue.shift()!();
    expect(store.getState().snapshot!.step).toBeGreaterThan(20);
    store.configure({ playing: false, lr: [-1], announcements: [[]] });
    expect(store.getState().error).toMatch(/learning rate must be positive/);
    expect(notified).toBe(5);
    stop();
    expect(closed).toBe(1);
    // a new subscriber restarts the same deterministic run
    store.subscribe(() => {});
    expect(opened).toBe(2);
    expect(store.getState().snapshot?.step).toBe(0);
  });

  it('keeps requests sent before the trainer starts, and sends them after create', () => {
    const connect: Connect = (onResponse) => driveTrainer(onResponse, () => {});
    const store = createTrainerStore(config, connect);
    store.send({ type: 'train', steps: 7 });
    expect(store.getState().snapshot).toBeNull();
    const stop = store.subscribe(() => {});
    expect(store.getState().snapshot?.step).toBe(7);
    stop();
    // once a run has ended, a request nobody listens to is dropped, not kept for the next run
    store.send({ type: 'train', steps: 3 });
    store.subscribe(() => {});
    expect(store.getState().snapshot?.step).toBe(0);
  });

  it('draws the answers to requests sent together once, when the last has come, and an error at once', () => {
    // a trainer that answers later (as a worker does): each request's answer waits in a queue
    const answers: (() => void)[] = [];
    const connect: Connect = (onResponse) => {
      const driver = driveTrainer((response) => answers.push(() => onResponse(response)), () => {});
      return { send: driver.send, dispose: driver.dispose };
    };
    const store = createTrainerStore(config, connect);
    const seen: (number | string | null)[] = [];
    store.subscribe(() => seen.push(store.getState().error ?? store.getState().snapshot?.step ?? null));
    store.send({ type: 'train', steps: 4 });
    store.send({ type: 'snapshot', network: true });
    expect(answers).toHaveLength(3); // create, train, snapshot
    answers.shift()!();
    answers.shift()!();
    expect(seen).toEqual([]); // still one to come
    answers.shift()!();
    expect(seen).toEqual([4]);
    expect(store.getState().snapshot?.network).toBeDefined();
    store.configure({ playing: false, lr: [-1], announcements: [[]] });
    store.send({ type: 'step' });
    answers.shift()!(); // the refusal shows though the step is still to come
    expect(seen).toEqual([4, expect.stringMatching(/learning rate must be positive/)]);
    answers.shift()!();
    expect(seen).toEqual([4, expect.stringMatching(/learning rate/), 5]);
  });

  it('adds up the history points each snapshot brings into the whole history', () => {
    const store = createTrainerStore(config, (onResponse) => driveTrainer(onResponse, () => {}));
    store.subscribe(() => {});
    for (let i = 0; i < 30; i++) store.send({ type: 'step' });
    const added = store.getState().snapshot!;
    const whole = createTrainerStore(config, (onResponse) => driveTrainer(onResponse, () => {}));
    whole.subscribe(() => {});
    whole.send({ type: 'train', steps: 30 });
    expect(added.historySteps).toEqual(Array.from({ length: 31 }, (_, k) => k));
    expect(added.trainLoss.at(-1)).toBe(whole.getState().snapshot!.trainLoss.at(-1));
    expect(added.trainLoss[0]).toBe(whole.getState().snapshot!.trainLoss[0]);
  });

  it('creates with the latest plan, and sends a plan only when it changed', () => {
    const sent: string[] = [];
    const connect: Connect = (onResponse) => {
      const driver = driveTrainer(onResponse, () => {});
      return { send: (r) => { sent.push(r.type === 'create' ? `create ${r.lanes[0]!.optimizer.lr}` : r.type); driver.send(r); }, dispose: driver.dispose };
    };
    const store = createTrainerStore(config, connect);
    store.configure({ playing: false, lr: [0.5], announcements: [[]] });
    store.subscribe(() => {});
    expect(store.getState().snapshot?.lr).toBe(0.5);
    store.configure({ playing: false, lr: [0.5], announcements: [[]] });
    store.send({ type: 'step' });
    store.configure({ playing: false, lr: [0.2], announcements: [[]] });
    expect(sent).toEqual(['create 0.5', 'step', 'plan']);
    expect(store.getState().snapshot).toMatchObject({ step: 1, lr: 0.2 });
  });
});
