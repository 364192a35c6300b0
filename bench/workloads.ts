// The benchmark workloads, as flat data plus the same initial weights for every engine.
import { createDataset, type LabelledSet } from '../lib/nn/datasets/index';
import type { ActivationName, LossName, NetworkJSON, OptimizerSpec } from '../lib/nn/index';
import { Network, oneHot } from '../lib/nn/index';

/** One benchmark workload: a network, its training data and how to train it. */
export interface Workload {
  label: string;
  /** initial weights shared by our engine and TensorFlow.js */
  json: NetworkJSON;
  sizes: number[];
  hidden: ActivationName;
  output: ActivationName;
  loss: LossName;
  optimizer: OptimizerSpec;
  batchSize: number;
  /** training examples as rows */
  inputs: number[][];
  targets: number[][];
}

function workload(w: Omit<Workload, 'json'> & { seed: number }): Workload {
  const json = Network.create({ sizes: w.sizes, activation: w.hidden, outputActivation: w.output, seed: w.seed }).toJSON();
  return { ...w, json };
}

/** (a) 2-8-8-1 tanh on the 500-point spiral, batch 10, SGD lr 0.03, mse on ±1 labels. */
export function spiralWorkload(): Workload {
  const { train } = createDataset({ kind: 'spiral', n: 500, noise: 0, seed: 1, testRatio: 0 });
  return workload({
    label: '(a) 2-8-8-1 tanh, spiral 500, batch 10, SGD',
    sizes: [2, 8, 8, 1], hidden: 'tanh', output: 'tanh', loss: 'mse', seed: 1,
    optimizer: { kind: 'sgd', lr: 0.03 }, batchSize: 10,
    inputs: train.inputs, targets: train.labels.map((l) => [l === 1 ? 1 : -1]),
  });
}

/** (b) 256-64-4 ReLU + softmax cross-entropy on 16×16 grey dogs, batch 32, Adam. */
export function dogsWorkload(train: LabelledSet): Workload {
  return workload({
    label: '(b) 256-64-4 relu+softmax CE, dogs 16x16, batch 32, Adam',
    sizes: [256, 64, 4], hidden: 'relu', output: 'softmax', loss: 'softmaxCrossEntropy', seed: 1,
    optimizer: { kind: 'adam', lr: 0.001 }, batchSize: 32,
    inputs: train.inputs, targets: oneHot(train.labels, 4),
  });
}

/** The 100×100 grid of workload (c), over the inputs' square. */
export const GRID = { xMin: -1, xMax: 1, yMin: -1, yMax: 1, nx: 100, ny: 100 };
