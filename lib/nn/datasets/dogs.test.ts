// The dog pictures must need a hidden layer: pose, coat, lighting and background vary
// so much that one linear softmax layer cannot match a small MLP.
import { describe, expect, it } from 'vitest';
import { accuracy, oneHot } from '../metrics';
import { toFlat } from '../arrays';
import { Network } from '../network';
import { adam } from '../optimizers';
import { createRng, shuffle } from '../rng';
import { dogs } from './dogs';

const data = dogs({ n: 4000, seed: 1, testRatio: 0.2 });

/** Trains with Adam on shuffled batches of 32 and returns the test accuracy. */
function testAccuracy(sizes: number[], epochs: number, lr: number): number {
  const net = Network.create({ sizes, activation: 'relu', outputActivation: 'softmax', seed: 2 });
  const optimizer = adam({ lr });
  const rng = createRng(3);
  const x = toFlat(data.train.inputs, 256, 'input');
  const y = toFlat(oneHot(data.train.labels, 4), 4, 'target');
  const xb = new Float64Array(32 * 256);
  const yb = new Float64Array(32 * 4);
  const order = data.train.inputs.map((_, k) => k);
  for (let e = 0; e < epochs; e++) {
    shuffle(rng, order);
    for (let s = 0; s + 32 <= order.length; s += 32) {
      for (let b = 0; b < 32; b++) {
        const k = order[s + b]!;
        xb.set(x.subarray(k * 256, k * 256 + 256), b * 256);
        yb.set(y.subarray(k * 4, k * 4 + 4), b * 4);
      }
      net.trainStepFlat(xb, yb, 32, { loss: 'softmaxCrossEntropy', optimizer });
    }
  }
  return accuracy(net.predict(data.test.inputs), data.test.labels);
}

describe('dogs dataset difficulty', () => {
  it('a 256-64-4 MLP reaches 90% test accuracy; a linear softmax layer stays clearly below', () => {
    const mlp = testAccuracy([256, 64, 4], 12, 0.002);
    const linear = testAccuracy([256, 4], 12, 0.01);
    expect(mlp).toBeGreaterThanOrEqual(0.9);
    expect(linear).toBeLessThan(mlp - 0.1);
    expect(linear).toBeGreaterThan(0.4); // it does learn something: chance is 0.25
  });
});
