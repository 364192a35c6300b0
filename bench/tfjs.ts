// TensorFlow.js on the same weights: plain ops, optimizer.minimize, batches made once up front.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import path from 'node:path';
import { GRID, type Workload } from './workloads';

/** Switches TensorFlow.js to 'cpu' or 'wasm' (WASM files served from node_modules). */
export async function switchBackend(name: 'cpu' | 'wasm'): Promise<void> {
  if (name === 'wasm') setWasmPaths(path.join(process.cwd(), 'node_modules/@tensorflow/tfjs-backend-wasm/dist/'));
  if (!(await tf.setBackend(name))) throw new Error(`TensorFlow.js backend ${name} failed to start`);
  await tf.ready();
}

function model(w: Workload) {
  const layers = w.json.layers.map((l) => ({
    w: tf.variable(tf.transpose(tf.tensor2d(l.weights))),
    b: tf.variable(tf.tensor1d(l.biases)),
    activation: l.activation,
  }));
  const forward = (x: tf.Tensor2D) => {
    let h: tf.Tensor = x;
    let z: tf.Tensor = x;
    for (const l of layers) {
      z = tf.add(tf.matMul(h as tf.Tensor2D, l.w), l.b);
      h = l.activation === 'tanh' ? tf.tanh(z) : l.activation === 'relu' ? tf.relu(z) : l.activation === 'softmax' ? tf.softmax(z) : z;
    }
    return { h, z };
  };
  return { layers, forward };
}

/** A training loop on TensorFlow.js's current backend. */
export function tfTrainer(w: Workload): (steps: number) => void {
  const { layers, forward } = model(w);
  const spec = w.optimizer;
  const opt = spec.kind === 'adam' ? tf.train.adam(spec.lr, 0.9, 0.999, 1e-8)
    : spec.kind === 'momentum' ? tf.train.momentum(spec.lr, spec.beta ?? 0.9) : tf.train.sgd(spec.lr);
  const batches: { x: tf.Tensor2D; y: tf.Tensor2D }[] = [];
  for (let s = 0; s + w.batchSize <= w.inputs.length; s += w.batchSize) {
    batches.push({ x: tf.tensor2d(w.inputs.slice(s, s + w.batchSize)), y: tf.tensor2d(w.targets.slice(s, s + w.batchSize)) });
  }
  let next = 0;
  return (steps) => {
    for (let s = 0; s < steps; s++) {
      const { x, y } = batches[next]!;
      next = (next + 1) % batches.length;
      tf.tidy(() => {
        opt.minimize(() => {
          const { h, z } = forward(x);
          return w.loss === 'mse' ? tf.mean(tf.squaredDifference(h, y)) : tf.neg(tf.mean(tf.sum(tf.mul(y, tf.logSoftmax(z)), 1)));
        });
      });
    }
    layers[0]!.w.dataSync(); // wait for the work to finish
  };
}

/** One 100×100 grid through the network on TensorFlow.js. */
export function tfGrid(w: Workload): () => void {
  const { forward } = model(w);
  const points: number[][] = [];
  for (let row = 0; row < GRID.ny; row++) {
    for (let col = 0; col < GRID.nx; col++) points.push([GRID.xMin + (col * 2) / (GRID.nx - 1), GRID.yMin + (row * 2) / (GRID.ny - 1)]);
  }
  const x = tf.tensor2d(points);
  return () => {
    tf.tidy(() => forward(x).h.dataSync());
  };
}
