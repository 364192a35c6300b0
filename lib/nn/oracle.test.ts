// A second library as oracle: TensorFlow.js (float32, CPU backend) trains the same
// weights on the same batches; the loss curves must agree step by step.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ActivationName } from './activations';
import type { LossName } from './losses';
import { Network } from './network';
import { createOptimizer, type OptimizerSpec } from './optimizers';
import { randomRows } from './testing';

const tfActivation: Partial<Record<ActivationName, (x: tf.Tensor) => tf.Tensor>> = {
  tanh: tf.tanh, relu: tf.relu, sigmoid: tf.sigmoid, identity: (x) => x,
};

function tfOptimizer(spec: OptimizerSpec): tf.Optimizer {
  if (spec.kind === 'sgd') return tf.train.sgd(spec.lr);
  if (spec.kind === 'momentum') return tf.train.momentum(spec.lr, spec.beta ?? 0.9); // v ← βv + g; w ← w − lr·v
  return tf.train.adam(spec.lr, 0.9, 0.999, 1e-8);
}

/** The loss curve of TensorFlow.js on the network's initial weights. */
function tfLossCurve(net: Network, batches: { x: number[][]; y: number[][] }[], loss: LossName, spec: OptimizerSpec): number[] {
  const layers = net.toJSON().layers.map((l) => ({
    w: tf.variable(tf.transpose(tf.tensor2d(l.weights))), // ours is outputs × inputs, tf's inputs × outputs
    b: tf.variable(tf.tensor1d(l.biases)),
    activation: l.activation,
  }));
  const opt = tfOptimizer(spec);
  const curve = batches.map(({ x, y }) => tf.tidy(() => {
    const cost = opt.minimize(() => {
      let h: tf.Tensor = tf.tensor2d(x);
      let z: tf.Tensor = h;
      for (const l of layers) {
        z = tf.add(tf.matMul(h as tf.Tensor2D, l.w), l.b);
        h = l.activation === 'softmax' ? tf.softmax(z) : tfActivation[l.activation]!(z);
      }
      const target = tf.tensor2d(y);
      return loss === 'mse'
        ? tf.mean(tf.squaredDifference(h, target))
        : tf.neg(tf.mean(tf.sum(tf.mul(target, tf.logSoftmax(z)), 1)));
    }, true) as tf.Scalar;
    return cost.dataSync()[0]!;
  }));
  layers.forEach((l) => { l.w.dispose(); l.b.dispose(); });
  opt.dispose();
  return curve;
}

const cases: { name: string; loss: LossName; sizes: number[]; hidden: ActivationName; out: ActivationName }[] = [
  { name: 'mse, tanh', loss: 'mse', sizes: [2, 8, 8, 1], hidden: 'tanh', out: 'identity' },
  { name: 'softmax cross-entropy, relu', loss: 'softmaxCrossEntropy', sizes: [2, 8, 3], hidden: 'relu', out: 'softmax' },
];
const optimizers: OptimizerSpec[] = [
  { kind: 'sgd', lr: 0.1 }, { kind: 'momentum', lr: 0.05, beta: 0.9 }, { kind: 'adam', lr: 0.01 },
];

describe('loss curves match TensorFlow.js for 50 steps', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  for (const c of cases) {
    for (const spec of optimizers) {
      it(`${c.name}, ${spec.kind}`, () => {
        const net = Network.create({ sizes: c.sizes, activation: c.hidden, outputActivation: c.out, seed: 21 });
        const x = randomRows(5, 64, 2);
        const y = x.map(([a, b]) => {
          const cls = a! * b! > 0 ? 0 : a! > 0 ? 1 : 2;
          return c.loss === 'mse' ? [Math.sin(3 * a!) * b!] : [0, 1, 2].map((j) => (j === cls ? 1 : 0));
        });
        const batches = Array.from({ length: 50 }, (_, s) => {
          const from = (s % 4) * 16;
          return { x: x.slice(from, from + 16), y: y.slice(from, from + 16) };
        });
        const expected = tfLossCurve(net, batches, c.loss, spec);
        const optimizer = createOptimizer(spec);
        const ours = batches.map((b) => net.trainStep(b.x, b.y, { loss: c.loss, optimizer }).loss);
        expect(ours[49]).toBeLessThan(ours[0]!); // it really trained
        ours.forEach((l, s) => expect(Math.abs(l - expected[s]!) / expected[s]!, `step ${s}`).toBeLessThan(1e-4));
      });
    }
  }
});
