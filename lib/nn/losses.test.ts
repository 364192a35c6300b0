import { describe, expect, it } from 'vitest';
import { lossTerms, lossValue } from './losses';
import { Network } from './network';

describe('losses (PyTorch mean reduction)', () => {
  const p = [[0.5, 2], [1, -1]];
  const t = [[1, 0], [1, 1]];

  it('mse is the mean over examples and outputs of (ŷ − y)²', () => {
    expect(lossValue('mse', p, t)).toBeCloseTo((0.25 + 4 + 0 + 4) / 4, 15);
    expect(lossTerms('mse', p, t)).toEqual([(0.25 + 4) / 2, 2]);
  });

  it('mae is the mean of |ŷ − y|', () => {
    expect(lossValue('mae', p, t)).toBeCloseTo((0.5 + 2 + 0 + 2) / 4, 15);
  });

  it('accepts one output per example as a flat list', () => {
    expect(lossTerms('mse', [0.2, 0.9], [0, 1])).toEqual([0.2 * 0.2, (0.9 - 1) ** 2]);
  });

  it('bce is finite at 0 and 1 and matches −[y ln p + (1 − y) ln(1 − p)]', () => {
    expect(lossValue('bce', [0.8, 0.3], [1, 0])).toBeCloseTo(-(Math.log(0.8) + Math.log(0.7)) / 2, 14);
    const extreme = lossValue('bce', [0, 1, 1, 0], [1, 0, 1, 0]);
    expect(Number.isFinite(extreme)).toBe(true);
    expect(extreme).toBeCloseTo((2 * -Math.log(1e-12)) / 4, 4); // 1 − 1e-12 rounds in float64
  });

  it('softmax cross-entropy sums −y ln p over classes and averages over the batch', () => {
    const probs = [[0.7, 0.2, 0.1], [0.1, 0.1, 0.8]];
    const labels = [[1, 0, 0], [0, 1, 0]];
    expect(lossValue('softmaxCrossEntropy', probs, labels)).toBeCloseTo(-(Math.log(0.7) + Math.log(0.1)) / 2, 14);
  });

  it('the network trains on the same numbers the widgets show', () => {
    const cases = [
      { loss: 'mse', out: 'tanh' }, { loss: 'mae', out: 'identity' },
      { loss: 'bce', out: 'sigmoid' }, { loss: 'softmaxCrossEntropy', out: 'softmax' },
    ] as const;
    for (const { loss, out } of cases) {
      const net = Network.create({ sizes: [2, 3, 3], activation: 'tanh', outputActivation: out, seed: 4 });
      const x = [[0.1, -0.5], [0.9, 0.3], [-0.4, 0.2]];
      const y = [[1, 0, 0], [0, 0, 1], [0, 1, 0]];
      expect(net.loss(x, y, loss)).toBeCloseTo(lossValue(loss, net.predict(x), y), 12);
    }
  });

  it('bce from a saturated sigmoid neuron stays finite in the network', () => {
    const net = Network.fromJSON({ layers: [{ weights: [[1000]], biases: [0], activation: 'sigmoid' }] });
    expect(net.loss([[1]], [[0]], 'bce')).toBeCloseTo(1000, 9);
  });
});
