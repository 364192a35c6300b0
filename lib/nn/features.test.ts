import { describe, expect, it } from 'vitest';
import { circle, plane, multigauss, isRegression } from './datasets/index';
import { FEATURES, expandRows, predictFeatureGrid, checkFeatures } from './features';
import { predictGrid } from './grid';
import { Network } from './network';
import { TrainerCore } from './worker/core';
import type { LaneReport, TrainerConfig, TrainerResponse } from './worker/protocol';

/** A trainer trained `steps` steps at once; its last report (with the network), `losses` the whole train loss history. */
function trained(config: TrainerConfig, steps: number): LaneReport & { losses: number[] } {
  const responses: TrainerResponse[] = [];
  let losses: number[] = [];
  const core = new TrainerCore((r) => {
    responses.push(r);
    if (r.type === 'snapshot') losses = losses.slice(0, r.lanes[0]!.history.from).concat(r.lanes[0]!.history.train);
  });
  core.handle({ type: 'create', lanes: [config], grid: { xMin: -1, xMax: 1, yMin: -1, yMax: 1, nx: 5, ny: 5 } });
  core.handle({ type: 'train', steps });
  core.handle({ type: 'snapshot', network: true });
  const last = responses.at(-1)!;
  if (last.type !== 'snapshot') throw new Error(last.message);
  return { ...last.lanes[0]!, losses };
}

describe('input features', () => {
  it('turn a point into the chosen functions of it, in order', () => {
    const [row] = expandRows([[0.5, -0.25]], ['x1sq', 'x1x2', 'sin2', 'x2']);
    expect(row).toEqual([0.25, -0.125, Math.sin(-Math.PI / 4), -0.25]);
  });

  it('refuse unknown, repeated or no features', () => {
    expect(() => checkFeatures([])).toThrow(/at least one/);
    expect(() => checkFeatures(['x1', 'x3'])).toThrow(/unknown input feature "x3"/);
    expect(() => checkFeatures(['x1', 'x1'])).toThrow(/twice/);
  });

  it('the feature grid is the network on each grid point\'s features', () => {
    const features = ['x1', 'x2sq', 'sin1'] as const;
    const net = Network.create({ sizes: [3, 4, 1], activation: 'tanh', outputActivation: 'sigmoid', seed: 5 });
    const spec = { xMin: -1, xMax: 1, yMin: -0.5, yMax: 0.5, nx: 4, ny: 3 };
    const grid = predictFeatureGrid(net, spec, [...features]);
    for (let row = 0; row < 3; row++) for (let col = 0; col < 4; col++) {
      const x1 = -1 + (col * 2) / 3;
      const x2 = -0.5 + row * 0.5;
      const [[want]] = net.predict([features.map((f) => FEATURES[f](x1, x2))]) as [[number]];
      expect(grid[row * 4 + col]).toBeCloseTo(want, 12);
    }
    // the plain features give predictGrid's picture
    const plain = Network.create({ sizes: [2, 3, 1], activation: 'relu', outputActivation: 'sigmoid', seed: 2 });
    expect(Array.from(predictFeatureGrid(plain, spec, ['x1', 'x2']))).toEqual(Array.from(predictGrid(plain, spec)));
  });

  it('x₁² and x₂² alone learn the circle with no hidden layer; x₁, x₂ alone cannot', () => {
    const base = {
      dataset: { kind: 'circle', n: 500, noise: 0, seed: 1, testRatio: 0.5 },
      batchSize: 10, optimizer: { kind: 'sgd', lr: 1 }, loss: 'bce', seed: 3,
    } as const;
    const squares = trained({ ...base, features: ['x1sq', 'x2sq'], network: { sizes: [2, 1], activation: 'tanh', outputActivation: 'sigmoid', seed: 2 } }, 2000);
    const plain = trained({ ...base, features: ['x1', 'x2'], network: { sizes: [2, 1], activation: 'tanh', outputActivation: 'sigmoid', seed: 2 } }, 2000);
    expect(squares.testAccuracy).toBeGreaterThan(0.95);
    expect(plain.testAccuracy).toBeLessThan(0.75);
    // the boundary the trainer sends is mapped through the features too
    const net = Network.fromJSON(squares.network);
    expect(squares.grid!.values[12]).toBeCloseTo(net.predict([[0, 0]])[0]![0]!, 12);
    expect(squares.grid!.values[12]).toBeGreaterThan(0.9); // the centre is inside the circle
  });

  it('a network whose input count is not the feature count is refused', () => {
    const responses: TrainerResponse[] = [];
    const core = new TrainerCore((r) => responses.push(r));
    core.handle({ type: 'create', lanes: [{
      network: { sizes: [2, 1], activation: 'tanh', outputActivation: 'sigmoid', seed: 2 },
      dataset: { kind: 'circle', n: 50, noise: 0, seed: 1 }, features: ['x1', 'x2', 'x1x2'],
      batchSize: 10, optimizer: { kind: 'sgd', lr: 1 }, loss: 'bce', seed: 3,
    }] });
    expect(responses[0]).toEqual({ type: 'error', message: 'the dataset has 3 inputs but the network takes 2' });
  });
});

describe('regression sets', () => {
  it('have labels in [−1, 1] that follow the plane and the six bumps', () => {
    const p = plane({ n: 200, noise: 0, seed: 4 });
    p.train.inputs.forEach(([x, y], k) => expect(p.train.labels[k]).toBeCloseTo(Math.max(-1, Math.min(1, (6 * x! + 6 * y!) / 10)), 12));
    const g = multigauss({ n: 400, noise: 0, seed: 4 });
    const labels = [...g.train.labels, ...g.test.labels];
    expect(Math.min(...labels)).toBeGreaterThanOrEqual(-1);
    expect(Math.max(...labels)).toBeLessThanOrEqual(1);
    expect(labels.some((l) => l > 0.5) && labels.some((l) => l < -0.5)).toBe(true);
    expect(isRegression('plane') && isRegression('multigauss') && !isRegression('circle')).toBe(true);
    expect(circle({ n: 10, noise: 0, seed: 1 }).train.labels.every((l) => l === 0 || l === 1)).toBe(true);
  });

  it('train a linear output on the labels themselves: the plane\'s loss falls below 1 %', () => {
    const config = (kind: 'plane' | 'multigauss', sizes: number[]): TrainerConfig => ({
      network: { sizes, activation: 'tanh', outputActivation: 'identity', seed: 2 },
      dataset: { kind, n: 500, noise: 0, seed: 1, testRatio: 0.5 },
      batchSize: 10, optimizer: { kind: 'adam', lr: 0.03 }, loss: 'mse', seed: 3,
    });
    const before = trained(config('plane', [2, 1]), 0);
    const after = trained(config('plane', [2, 1]), 500);
    expect(before.losses[0]).toBeGreaterThan(0.05);
    expect(after.losses.at(-1)).toBeLessThan(0.01);
    // the grid is the prediction itself: (x + y)·6/10 at the corner (1, 1) is 1.2, clamped by nothing
    expect(after.grid!.values[24]).toBeGreaterThan(0.9);
    const bumps0 = trained(config('multigauss', [2, 8, 8, 1]), 0).losses[0]!;
    const bumps = trained(config('multigauss', [2, 8, 8, 1]), 3000).losses.at(-1)!;
    expect(bumps).toBeLessThan(bumps0 / 2);
  });
});
