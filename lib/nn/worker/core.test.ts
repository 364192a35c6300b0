import { describe, expect, it } from 'vitest';
import { predictGrid } from '../grid';
import { Network } from '../network';
import { TrainerCore } from './core';
import { driveTrainer } from './loop';
import type { TrainerConfig, TrainerResponse, TrainerSnapshot } from './protocol';

const spiral: TrainerConfig = {
  network: { sizes: [2, 8, 8, 1], activation: 'tanh', outputActivation: 'tanh', seed: 1 },
  dataset: { kind: 'spiral', n: 500, noise: 0, seed: 2 },
  batchSize: 10,
  optimizer: { kind: 'sgd', lr: 0.03 },
  loss: 'mse',
  seed: 3,
};

/** A trainer whose answers are collected, with a clock that advances 1 ms per reading. */
function trainer() {
  const responses: TrainerResponse[] = [];
  let clock = 0;
  const core = new TrainerCore((r) => responses.push(r), () => clock++);
  const last = (): TrainerSnapshot => {
    const r = responses[responses.length - 1];
    if (r?.type !== 'snapshot') throw new Error(`expected a snapshot, got ${JSON.stringify(r)}`);
    return r.snapshot;
  };
  return { core, responses, last };
}

describe('TrainerCore', () => {
  it('counts steps, examples and epochs, and the loss falls on the spiral', () => {
    const { core, last, responses } = trainer();
    core.handle({ type: 'create', ...spiral });
    expect(last()).toMatchObject({ step: 0, examples: 0, epoch: 0, playing: false, diverged: false, lr: 0.03 });
    const initial = last().trainLoss[0]!;
    core.handle({ type: 'train', steps: 1000 });
    expect(last()).toMatchObject({ step: 1000, examples: 10_000, epoch: 10_000 / 250, historySteps: [0, 1000] });
    core.handle({ type: 'step' });
    core.handle({ type: 'epoch' });
    expect(last()).toMatchObject({ step: 1026, examples: 10_260, epoch: 10_260 / 250 });
    expect(last().historySteps).toEqual([0, 1000, 1001, 1026]);
    expect(last().trainLoss.at(-1)).toBeLessThan(initial * 0.8);
    expect(responses.every((r) => r.type === 'snapshot')).toBe(true);
  });

  it('learns the circle with a softmax output to high test accuracy', () => {
    const { core, last } = trainer();
    core.handle({
      type: 'create', ...spiral, dataset: { kind: 'circle', n: 400, noise: 0, seed: 5 },
      network: { sizes: [2, 6, 2], activation: 'relu', outputActivation: 'softmax', seed: 2 },
      loss: 'softmaxCrossEntropy', optimizer: { kind: 'adam', lr: 0.02 },
    });
    core.handle({ type: 'train', steps: 800 });
    expect(last().testLoss[1]).toBeLessThan(last().testLoss[0]! / 3);
    expect(last().testAccuracy).toBeGreaterThan(0.95);
  });

  it('changing the learning rate mid-run takes effect from the next step', () => {
    const runWith = (change: boolean) => {
      const { core, last } = trainer();
      core.handle({ type: 'create', ...spiral });
      core.handle({ type: 'train', steps: 100 });
      if (change) core.handle({ type: 'setLearningRate', lr: 0.3 });
      const before = last().trainLoss.at(-1);
      core.handle({ type: 'train', steps: 100 });
      return { before, after: last().trainLoss.at(-1), lr: last().lr };
    };
    const same = runWith(false);
    const changed = runWith(true);
    expect(changed.before).toBe(same.before);
    expect(changed.lr).toBe(0.3);
    expect(changed.after).not.toBe(same.after);
  });

  it('play trains in time slices, pause stops, resume continues', () => {
    const { core, last, responses } = trainer();
    core.handle({ type: 'create', ...spiral });
    core.handle({ type: 'play' });
    expect(last().playing).toBe(true);
    core.tick(10);
    const afterOne = last().step;
    expect(afterOne).toBeGreaterThan(0);
    core.handle({ type: 'pause' });
    const count = responses.length;
    core.tick(10);
    expect(responses.length).toBe(count); // nothing happens while paused
    expect(last()).toMatchObject({ playing: false, step: afterOne });
    core.handle({ type: 'resume' });
    core.tick(10);
    expect(last().step).toBeGreaterThan(afterOne);
  });

  it('reset restores the initial loss exactly and replays the same run', () => {
    const { core, last } = trainer();
    core.handle({ type: 'create', ...spiral });
    const initial = last();
    core.handle({ type: 'train', steps: 300 });
    const trained = last().trainLoss;
    core.handle({ type: 'setLearningRate', lr: 0.03 });
    core.handle({ type: 'reset' });
    expect(last()).toMatchObject({ step: 0, examples: 0, trainLoss: initial.trainLoss, testLoss: initial.testLoss });
    core.handle({ type: 'train', steps: 300 });
    expect(last().trainLoss).toEqual(trained);
  });

  it('reports divergence, stops playing and keeps finite weights', () => {
    const { core, last } = trainer();
    core.handle({
      type: 'create', ...spiral, network: { sizes: [2, 1], activation: 'identity', outputActivation: 'identity', seed: 1 },
      optimizer: { kind: 'sgd', lr: 1e4 },
    });
    core.handle({ type: 'play' });
    for (let i = 0; i < 50 && last().playing; i++) core.tick(5);
    expect(last()).toMatchObject({ diverged: true, playing: false });
    core.handle({ type: 'snapshot', network: true });
    expect(() => Network.fromJSON(last().network)).not.toThrow(); // validation rejects any non-finite number
  });

  it('sends the decision boundary when asked', () => {
    const { core, last } = trainer();
    core.handle({ type: 'create', ...spiral });
    const grid = { xMin: -1, xMax: 1, yMin: -1, yMax: 1, nx: 20, ny: 10 };
    core.handle({ type: 'predictGrid', grid });
    core.handle({ type: 'snapshot', network: true });
    const snap = last();
    expect(snap.grid?.values.length).toBe(200);
    expect(snap.grid?.values).toEqual(predictGrid(Network.fromJSON(snap.network), grid));
    core.handle({ type: 'predictGrid', grid: null });
    expect(last().grid).toBeUndefined();
  });

  it('answers bad requests with an error message, never a throw', () => {
    const { core, responses } = trainer();
    core.handle({ type: 'train', steps: 1 });
    expect(responses.at(-1)).toEqual({ type: 'error', message: '"train" before "create"' });
    core.handle({ type: 'create', ...spiral, dataset: { kind: 'dogs', n: 8, seed: 1 } });
    expect(responses.at(-1)).toEqual({ type: 'error', message: 'the dataset has 256 inputs but the network takes 2' });
    core.handle({ type: 'create', ...spiral, network: { layers: [{ weights: [[1, 2]], biases: [0, 1], activation: 'tanh' }] } });
    expect(responses.at(-1)).toMatchObject({ message: 'layer 0: weights has 1 rows but biases has 2 entries' });
  });
});

describe('driveTrainer', () => {
  it('keeps scheduling slices while playing, one snapshot per slice', () => {
    const posted: TrainerResponse[] = [];
    const queue: (() => void)[] = [];
    const driver = driveTrainer((r) => posted.push(r), { sliceMs: 2, schedule: (fn) => queue.push(fn) });
    driver.send({ type: 'create', ...spiral });
    expect(queue.length).toBe(0);
    driver.send({ type: 'play' });
    expect(queue.length).toBe(1);
    for (let i = 0; i < 3; i++) queue.shift()!();
    expect(posted.length).toBe(2 + 3);
    expect(queue.length).toBe(1);
    driver.send({ type: 'pause' });
    queue.shift()!();
    expect(queue.length).toBe(0);
    expect(posted.length).toBe(6);
    driver.dispose();
  });
});
