import { describe, expect, it } from 'vitest';
import { activate } from './activations';
import { predictGrid } from './grid';
import { accuracy } from './metrics';
import { Network, weightedSum } from './network';
import { sgd } from './optimizers';
import { createRng } from './rng';
import { randomRows } from './testing';

const small = () => Network.create({ sizes: [2, 4, 3, 1], activation: 'tanh', outputActivation: 'sigmoid', seed: 7 });

describe('Network JSON', () => {
  it('round-trips exactly', () => {
    const net = small();
    const json = net.toJSON();
    expect(Network.fromJSON(json).toJSON()).toEqual(json);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    expect(Network.fromJSON(JSON.parse(JSON.stringify(json))).predict([[0.3, 0.1]])).toEqual(net.predict([[0.3, 0.1]]));
    const leaky = Network.create({ sizes: [2, 2], activation: 'relu', outputActivation: 'leakyRelu', alpha: 0.2, seed: 1 });
    expect(Network.fromJSON(leaky.toJSON()).toJSON()).toEqual(leaky.toJSON());
    expect(leaky.toJSON().layers[0]!.alpha).toBe(0.2);
  });

  it('uses weights[o][i] = weight from input i to output o', () => {
    const net = Network.fromJSON({ layers: [{ weights: [[1, 2], [3, 4], [5, 6]], biases: [0, 0, 1], activation: 'identity' }] });
    expect(net.sizes).toEqual([2, 3]);
    expect(net.predict([[1, 10]])).toEqual([[21, 43, 66]]);
  });

  it.each([
    [{ layers: [{ weights: [[1]], biases: [0], activation: 'tanh' }, { weights: [[1], [2], [3]], biases: [0, 0], activation: 'tanh' }] },
      'layer 1: weights has 3 rows but biases has 2 entries'],
    [{ layers: [{ weights: [[1, 2]], biases: [0], activation: 'swish' }] }, 'layer 0: unknown activation "swish"'],
    [{ layers: [{ weights: [[1, NaN]], biases: [0], activation: 'tanh' }] }, 'layer 0: weights[0][1] is not a finite number'],
    [{ layers: [{ weights: [[1, 2]], biases: [Infinity], activation: 'tanh' }] }, 'layer 0: biases[0] is not a finite number'],
    [{ layers: [{ weights: [[1, 2], [3]], biases: [0, 0], activation: 'relu' }] }, 'layer 0: weights row 1 has 1 entries but row 0 has 2'],
    [{ layers: [{ weights: [[1, 2]], biases: [0], activation: 'relu' }, { weights: [[1, 2]], biases: [0], activation: 'relu' }] },
      'layer 1: takes 2 inputs but layer 0 has 1 outputs'],
    [{ layers: [{ weights: [[1]], biases: [0], activation: 'softmax' }, { weights: [[1]], biases: [0], activation: 'relu' }] },
      'layer 0: softmax is allowed on the output layer only'],
    [{ layers: [] }, 'network: "layers" is empty'],
    [{ nodes: [] }, 'network: expected an object with a "layers" array'],
    [{ layers: [{ weights: [[1]], biases: [0], activation: 'relu', alpha: 'x' }] }, 'layer 0: alpha is not a finite number'],
  ])('rejects bad JSON %#', (json, message) => {
    expect(() => Network.fromJSON(json)).toThrow(message);
  });
});

describe('forward pass', () => {
  it('forwardTrace uses the same weightedSum and activate the widgets show', () => {
    const net = small();
    const json = net.toJSON();
    const input = [0.4, -0.9];
    const trace = net.forwardTrace(input);
    let a = input;
    json.layers.forEach((layer, l) => {
      const z = layer.weights.map((w, o) => weightedSum(a, w, layer.biases[o]!));
      expect(trace.sums[l]).toEqual(z);
      a = z.map((v) => activate(layer.activation, v));
      expect(trace.outputs[l]).toEqual(a);
    });
    expect(net.predict([input])[0]).toEqual(a);
  });

  it('predictGrid equals predict at every grid point, row by row from yMin', () => {
    const net = small();
    const spec = { xMin: -1, xMax: 1, yMin: -0.5, yMax: 0.5, nx: 5, ny: 3 };
    const grid = predictGrid(net, spec);
    expect(grid.length).toBe(15);
    expect(grid[0]).toBe(net.predict([[-1, -0.5]])[0]![0]);
    expect(grid[4]).toBe(net.predict([[1, -0.5]])[0]![0]);
    expect(grid[5 * 2 + 2]).toBe(net.predict([[0, 0.5]])[0]![0]);
    const points = Array.from({ length: 15 }, (_, p) => [-1 + 0.5 * (p % 5), -0.5 + 0.5 * Math.floor(p / 5)]);
    expect(Array.from(grid)).toEqual(net.predict(points).map((r) => r[0]));
  });

  it('predict works in chunks on large sets', () => {
    const net = small();
    const x = randomRows(3, 700, 2);
    const all = net.predict(x);
    expect(all[650]).toEqual(net.predict([x[650]!])[0]);
  });

  it('accuracy: argmax for several outputs, 0.5 threshold for one', () => {
    expect(accuracy([[0.1, 0.7, 0.2], [0.5, 0.2, 0.3]], [[0, 1, 0], [0, 0, 1]])).toBe(0.5);
    expect(accuracy([[0.1, 0.7, 0.2]], [1])).toBe(1);
    expect(accuracy([[0.6], [0.4], [0.9]], [[1], [1], [0]])).toBeCloseTo(1 / 3, 15);
  });
});

describe('training', () => {
  const data = (seed: number) => {
    const x = randomRows(seed, 40, 2);
    return { x, y: x.map(([a, b]) => [a! * b! > 0 ? 1 : 0]) };
  };

  it('is bit-identical for the same seed and learns', () => {
    const run = () => {
      const net = small();
      const opt = sgd({ lr: 0.5 });
      const { x, y } = data(1);
      const losses = Array.from({ length: 300 }, () => net.trainStep(x, y, { loss: 'bce', optimizer: opt }).loss);
      return { losses, json: net.toJSON() };
    };
    const a = run();
    const b = run();
    expect(a.losses).toEqual(b.losses);
    expect(a.json).toEqual(b.json);
    expect(a.losses[299]).toBeLessThan(a.losses[0]! * 0.7);
    const other = Network.create({ sizes: [2, 4, 3, 1], activation: 'tanh', outputActivation: 'sigmoid', seed: 8 });
    expect(other.toJSON()).not.toEqual(small().toJSON());
  });

  it('the reported loss is the loss before the update', () => {
    const net = small();
    const { x, y } = data(2);
    const before = net.loss(x, y, 'mse');
    const step = net.trainStep(x, y, { loss: 'mse', optimizer: sgd({ lr: 0.1 }) });
    expect(step.loss).toBe(before);
    expect(net.loss(x, y, 'mse')).toBeLessThan(before);
  });

  it('reports divergence at lr 1e3 without throwing and keeps the last finite parameters', () => {
    const net = Network.create({ sizes: [2, 1], activation: 'identity', outputActivation: 'identity', seed: 3 });
    const x = [[3, -2], [1, 4], [-2, -3]];
    const y = [[1], [2], [3]];
    const opt = sgd({ lr: 1e3 });
    let diverged = false;
    let steps = 0;
    let before = net.toJSON();
    while (!diverged && steps < 500) {
      before = net.toJSON();
      ({ diverged } = net.trainStep(x, y, { loss: 'mse', optimizer: opt }));
      steps++;
    }
    expect(diverged).toBe(true);
    expect(steps).toBeGreaterThan(3);
    expect(net.toJSON()).toEqual(before);
    expect(net.params.every((p) => p.every(Number.isFinite))).toBe(true);
    expect(opt.steps).toBe(steps - 1);
    // once diverged, it stays diverged and still never throws or changes
    expect(net.trainStep(x, y, { loss: 'mse', optimizer: opt }).diverged).toBe(true);
    expect(net.toJSON()).toEqual(before);
  });

  it('a huge learning rate saturates tanh units instead of overflowing', () => {
    const net = Network.create({ sizes: [2, 8, 8, 1], activation: 'tanh', outputActivation: 'tanh', seed: 1 });
    const rng = createRng(9);
    const x = Array.from({ length: 100 }, () => [2 * rng() - 1, 2 * rng() - 1]);
    const y = x.map(([a, b]) => [a! * b! > 0 ? 1 : -1]);
    expect(net.saturation(x).saturated).toBe(false);
    const opt = sgd({ lr: 500 });
    let anyDiverged = false;
    for (let s = 0; s < 50; s++) {
      const batch = s % 10;
      const r = net.trainStep(x.slice(batch * 10, batch * 10 + 10), y.slice(batch * 10, batch * 10 + 10), { loss: 'mse', optimizer: opt });
      anyDiverged ||= r.diverged;
    }
    const report = net.saturation(x);
    expect(anyDiverged).toBe(false);
    expect(report.share).toBeGreaterThan(0.9);
    expect(report.saturated).toBe(true);
    expect(net.params.every((p) => p.every(Number.isFinite))).toBe(true);
  });

  it('trainStepFlat and trainStep agree', () => {
    const a = small();
    const b = small();
    const { x, y } = data(4);
    const oa = sgd({ lr: 0.2 });
    const ob = sgd({ lr: 0.2 });
    const fx = Float64Array.from(x.flat());
    const fy = Float64Array.from(y.flat());
    for (let s = 0; s < 5; s++) {
      expect(a.trainStepFlat(fx, fy, 40, { loss: 'mse', optimizer: oa }).loss)
        .toBe(b.trainStep(x, y, { loss: 'mse', optimizer: ob }).loss);
    }
    expect(a.toJSON()).toEqual(b.toJSON());
  });
});
