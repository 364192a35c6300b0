import { describe, expect, it } from 'vitest';
import { dogs, type DogOptions } from '../datasets/index';
import { predictGrid } from '../grid';
import { oneHot } from '../metrics';
import { Network, type CreateOptions } from '../network';
import { rateAt } from '../schedules';
import { TrainerCore } from './core';
import { driveTrainer } from './loop';
import type { LaneReport, TrainerConfig, TrainerResponse, TrainerSetup } from './protocol';

const spiral: TrainerConfig = {
  network: { sizes: [2, 8, 8, 1], activation: 'tanh', outputActivation: 'tanh', seed: 1 },
  dataset: { kind: 'spiral', n: 500, noise: 0, seed: 2 },
  batchSize: 10,
  optimizer: { kind: 'sgd', lr: 0.03 },
  loss: 'mse',
  seed: 3,
};

/** A trainer whose answers are collected; `lane(i)` adds up lane i's history as a store does. */
function trainer(setup: TrainerSetup = { lanes: [spiral] }) {
  const responses: TrainerResponse[] = [];
  const history: { steps: number[]; train: number[] }[] = [];
  const core = new TrainerCore((r) => {
    responses.push(r);
    if (r.type !== 'snapshot') return;
    r.lanes.forEach((lane, i) => {
      const h = history[i] ?? { steps: [], train: [] };
      history[i] = { steps: h.steps.slice(0, lane.history.from).concat(lane.history.steps), train: h.train.slice(0, lane.history.from).concat(lane.history.train) };
    });
  });
  core.handle({ type: 'create', ...setup });
  const last = () => {
    const r = responses.at(-1);
    if (r?.type !== 'snapshot') throw new Error(`expected a snapshot, got ${JSON.stringify(r)}`);
    return r;
  };
  const lane = (i = 0): LaneReport & { steps: number[]; train: number[] } => ({ ...last().lanes[i]!, ...history[i]! });
  return { core, responses, last, lane };
}

describe('TrainerCore', () => {
  it('counts steps, examples and epochs, and the loss falls on the spiral', () => {
    const { core, lane } = trainer();
    expect(lane()).toMatchObject({ step: 0, examples: 0, epoch: 0, diverged: false, lr: 0.03 });
    const initial = lane().train[0]!;
    core.handle({ type: 'train', steps: 1000 });
    expect(lane()).toMatchObject({ step: 1000, examples: 10_000, epoch: 10_000 / 250, steps: [0, 1000] });
    core.handle({ type: 'step' });
    core.handle({ type: 'epoch' });
    expect(lane()).toMatchObject({ step: 1026, examples: 10_260, epoch: 10_260 / 250, steps: [0, 1000, 1001, 1026] });
    expect(lane().train.at(-1)).toBeLessThan(initial * 0.8);
  });

  it('sends only the history points measured since the last snapshot', () => {
    const { core, last } = trainer();
    core.handle({ type: 'train', steps: 5 });
    core.handle({ type: 'train', steps: 5 });
    expect(last().lanes[0]!.history).toMatchObject({ from: 2, steps: [10] });
    core.handle({ type: 'snapshot' });
    expect(last().lanes[0]!.history).toMatchObject({ from: 3, steps: [], train: [] });
  });

  it('sends the whole history again when thinning moved its points', () => {
    const { core, last, lane } = trainer();
    for (let i = 0; i < 1000; i++) core.handle({ type: 'step' });
    expect(last().lanes[0]!.history.from).toBe(0);
    expect(lane().steps.length).toBeLessThan(1000);
    expect(lane().steps.at(-1)).toBe(1000);
    expect(lane().steps).toEqual([...lane().steps].sort((a, b) => a - b));
  });

  it('learns the circle with a softmax output to high test accuracy', () => {
    const { core, lane } = trainer({ lanes: [{
      ...spiral, dataset: { kind: 'circle', n: 400, noise: 0, seed: 5 },
      network: { sizes: [2, 6, 2], activation: 'relu', outputActivation: 'softmax', seed: 2 },
      loss: 'softmaxCrossEntropy', optimizer: { kind: 'adam', lr: 0.02 },
    }] });
    core.handle({ type: 'train', steps: 800 });
    expect(lane().testAccuracy).toBeGreaterThan(0.95);
  });

  it('a plan changes the rate from the next step on, and a reset keeps it', () => {
    const runWith = (change: boolean) => {
      const { core, lane } = trainer();
      core.handle({ type: 'train', steps: 100 });
      if (change) core.handle({ type: 'plan', playing: false, lr: [0.3], announcements: [[]] });
      const before = lane().train.at(-1);
      core.handle({ type: 'train', steps: 100 });
      const after = lane().train.at(-1);
      core.handle({ type: 'reset' });
      return { before, after, lr: lane().lr };
    };
    const same = runWith(false);
    const changed = runWith(true);
    expect(changed.before).toBe(same.before);
    expect(changed.after).not.toBe(same.after);
    expect(changed.lr).toBe(0.3);
  });

  it('plays by itself: stepsPerFrame steps per tick, stops at until, goes on when until moves', () => {
    const { core, lane, responses } = trainer({ lanes: [spiral], stepsPerFrame: 4, until: 10, playing: true });
    expect(core.running).toBe(true);
    core.tick();
    expect(lane().step).toBe(4);
    core.tick();
    core.tick();
    expect(lane().step).toBe(10);
    expect(core.running).toBe(false);
    const count = responses.length;
    core.tick();
    expect(responses.length).toBe(count); // nothing happens once stopped
    core.handle({ type: 'plan', playing: true, until: 12, lr: [0.03], announcements: [[]] });
    expect(core.running).toBe(true);
    core.tick();
    expect(lane().step).toBe(12);
    core.handle({ type: 'plan', playing: false, lr: [0.03], announcements: [[]] });
    core.tick();
    expect(lane().step).toBe(12);
  });

  it('trains lanes in lockstep; a lane that diverges stops while the others go on', () => {
    const big = { ...spiral, network: { sizes: [2, 1], activation: 'identity', outputActivation: 'identity', seed: 1 }, optimizer: { kind: 'sgd', lr: 1e4 } } as TrainerConfig;
    const { core, lane } = trainer({ lanes: [spiral, big], stepsPerFrame: 5, playing: true });
    for (let i = 0; i < 20; i++) core.tick();
    expect(lane(0).step).toBe(100);
    expect(lane(1).diverged).toBe(true);
    expect(lane(1).step).toBeLessThan(100);
    expect(core.running).toBe(true);
    core.handle({ type: 'snapshot', network: true });
    expect(() => Network.fromJSON(lane(1).network!)).not.toThrow(); // validation rejects any non-finite number
  });

  it('applies the schedule and announcements step by step, as rateAt says', () => {
    const schedule = { kind: 'exponential', rate: 0.5, every: 10 } as const;
    const announcements = [{ at: 8, times: 0.25 }, { at: 16, lr: 0.01 }];
    const { core, lane } = trainer({ lanes: [{ ...spiral, schedule, announcements }] });
    expect(lane().lr).toBe(0.03);
    for (const step of [7, 8, 12, 16, 30]) {
      core.handle({ type: 'train', steps: step - lane().step });
      expect(lane().lr).toBeCloseTo(rateAt(step, 0.03, schedule, announcements), 15);
    }
    expect(rateAt(9, 0.03, schedule, announcements)).toBeCloseTo(0.03 * 0.25 * 0.5 ** 0.9, 15);
  });

  it('reset restores the initial loss exactly and replays the same run', () => {
    const { core, lane } = trainer();
    const initial = lane().train;
    core.handle({ type: 'train', steps: 300 });
    const trained = lane().train;
    core.handle({ type: 'reset' });
    expect(lane()).toMatchObject({ step: 0, examples: 0, train: initial });
    core.handle({ type: 'train', steps: 300 });
    expect(lane().train).toEqual(trained);
  });

  it('sends the decision boundary when the setup has a grid', () => {
    const grid = { xMin: -1, xMax: 1, yMin: -1, yMax: 1, nx: 20, ny: 10 };
    const { core, lane } = trainer({ lanes: [spiral], grid });
    core.handle({ type: 'snapshot', network: true });
    expect(lane().grid?.values.length).toBe(200);
    expect(lane().grid?.values).toEqual(predictGrid(Network.fromJSON(lane().network!), grid));
  });

  it('answers once the pictures it measures are painted, paints the rest before its first step, and trains as if all were painted first', () => {
    const pictures: TrainerConfig = {
      network: { sizes: [256, 8, 4], activation: 'relu', outputActivation: 'softmax', seed: 1 },
      dataset: { kind: 'dogs', n: 200, seed: 4, testRatio: 0.25 },
      batchSize: 10,
      optimizer: { kind: 'adam', lr: 0.01 },
      loss: 'softmaxCrossEntropy',
      seed: 2,
      evalSize: 40,
    };
    const lazy = trainer({ lanes: [pictures] });
    expect(lazy.core.unpainted).toBe(true);
    // the first reading is the loss on the first 40 training pictures of dogs(), painted
    const data = dogs(pictures.dataset as DogOptions);
    const net = Network.create(pictures.network as CreateOptions);
    const rows = data.train.inputs.slice(0, 40);
    const expected = net.evaluateFlat(Float64Array.from(rows.flat()), Float64Array.from(oneHot(data.train.labels.slice(0, 40), 4).flat()), 40, 'softmaxCrossEntropy');
    expect(lazy.lane().train[0]).toBe(expected.loss);

    const eager = trainer({ lanes: [pictures] });
    eager.core.paint(Infinity);
    expect(eager.core.unpainted).toBe(false);
    lazy.core.paint(0); // one picture, then the deadline has passed
    expect(lazy.core.unpainted).toBe(true);
    lazy.core.handle({ type: 'train', steps: 40 });
    eager.core.handle({ type: 'train', steps: 40 });
    expect(lazy.core.unpainted).toBe(false);
    expect(lazy.lane().train).toEqual(eager.lane().train);
    expect(lazy.lane().testAccuracy).toBe(eager.lane().testAccuracy);
  });

  it('answers bad requests with an error message, never a throw', () => {
    const responses: TrainerResponse[] = [];
    const core = new TrainerCore((r) => responses.push(r));
    core.handle({ type: 'train', steps: 1 });
    expect(responses.at(-1)).toEqual({ type: 'error', message: '"train" before "create"' });
    core.handle({ type: 'create', lanes: [{ ...spiral, dataset: { kind: 'dogs', n: 8, seed: 1 } }] });
    expect(responses.at(-1)).toEqual({ type: 'error', message: 'the dataset has 256 inputs but the network takes 2' });
    core.handle({ type: 'create', lanes: [{ ...spiral, network: { layers: [{ weights: [[1, 2]], biases: [0, 1], activation: 'tanh' }] } }] });
    expect(responses.at(-1)).toMatchObject({ message: 'layer 0: weights has 1 rows but biases has 2 entries' });
    core.handle({ type: 'create', lanes: [spiral] });
    core.handle({ type: 'plan', playing: true, lr: [-1], announcements: [[]] });
    expect(responses.at(-1)).toEqual({ type: 'error', message: 'learning rate must be positive, got -1' });
  });
});

describe('driveTrainer', () => {
  it('schedules one tick per frameMs while running, one snapshot per tick', () => {
    const posted: TrainerResponse[] = [];
    const queue: { fn: () => void; ms: number }[] = [];
    const driver = driveTrainer((r) => posted.push(r), (fn, ms) => queue.push({ fn, ms }));
    driver.send({ type: 'create', lanes: [spiral], frameMs: 30 });
    expect(queue.length).toBe(0);
    driver.send({ type: 'plan', playing: true, lr: [0.03], announcements: [[]] });
    expect(queue).toMatchObject([{ ms: 30 }]);
    for (let i = 0; i < 3; i++) queue.shift()!.fn();
    expect(posted.length).toBe(2 + 3);
    expect(queue.length).toBe(1);
    driver.send({ type: 'plan', playing: false, lr: [0.03], announcements: [[]] });
    queue.shift()!.fn();
    expect(queue.length).toBe(0);
    expect(posted.length).toBe(6);
    driver.dispose();
  });

  it('paints pictures in slices while nothing is asked, and stops once all are painted', () => {
    const queue: { fn: () => void; ms: number }[] = [];
    const driver = driveTrainer(() => {}, (fn, ms) => queue.push({ fn, ms }));
    driver.send({ type: 'create', lanes: [{ ...spiral, network: { sizes: [256, 4], activation: 'relu', outputActivation: 'softmax', seed: 1 }, dataset: { kind: 'dogs', n: 1200, seed: 1 }, loss: 'softmaxCrossEntropy' }] });
    expect(queue).toMatchObject([{ ms: 0 }]);
    let slices = 0;
    while (queue.length > 0) {
      queue.shift()!.fn();
      slices++;
    }
    expect(slices).toBeGreaterThan(1); // the 704 pictures left take more than one slice of 10 ms
    driver.dispose();
  });
});
