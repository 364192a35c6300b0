// Messages between a widget and the trainer (in a Web Worker or on the main thread).
import type { CreateOptions } from '../network';
import type { DatasetSpec } from '../datasets/index';
import type { GridSpec } from '../grid';
import type { NetworkJSON } from '../json';
import type { LossName } from '../losses';
import type { OptimizerSpec } from '../optimizers';

/** Everything needed to start a training run; the same config always gives the same run. */
export interface TrainerConfig {
  /** a fresh network to create, or saved weights to start from */
  network: CreateOptions | NetworkJSON;
  dataset: DatasetSpec;
  /** examples per step */
  batchSize: number;
  optimizer: OptimizerSpec;
  loss: LossName;
  /** seed of the batch order */
  seed: number;
  /** at most this many train and test examples are used to measure the loss (default 256) */
  evalSize?: number;
}

/** Bounds and resolution of the decision-boundary picture. */
export type GridRequest = Omit<GridSpec, 'output'>;

/** What a widget can ask of the trainer. Every request is answered by one snapshot. */
export type TrainerRequest =
  | ({ type: 'create' } & TrainerConfig)
  /** run exactly `steps` steps now (stops early if training diverges) */
  | { type: 'train'; steps: number }
  /** keep training, one snapshot per animation frame, until paused */
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'resume' }
  /** one batch */
  | { type: 'step' }
  /** as many steps as one pass over the training set */
  | { type: 'epoch' }
  /** back to the initial weights, optimiser state and batch order */
  | { type: 'reset' }
  | { type: 'setLearningRate'; lr: number }
  /** include the decision boundary in this and every later snapshot (null stops it) */
  | { type: 'predictGrid'; grid: GridRequest | null }
  /** a snapshot now, with the network's JSON if asked */
  | { type: 'snapshot'; network?: boolean };

/** The state of a run as widgets draw it. */
export interface TrainerSnapshot {
  /** steps taken (batches trained on) */
  step: number;
  /** examples seen = step × batchSize */
  examples: number;
  /** passes over the training set = examples / train size (fractional) */
  epoch: number;
  /** step at which each history point was measured */
  historySteps: number[];
  /** mean loss on (up to evalSize) training examples, one value per history point */
  trainLoss: number[];
  /** mean loss on (up to evalSize) test examples, one value per history point */
  testLoss: number[];
  /** latest share of training examples classified right */
  trainAccuracy: number;
  /** latest share of test examples classified right */
  testAccuracy: number;
  /** the last step produced NaN/Infinity; the weights were kept and play stopped */
  diverged: boolean;
  /** share of hidden activations with slope below 1e-3 (see Network.saturation) */
  saturation: number;
  /** saturation > 0.9: the hidden layers have frozen */
  saturated: boolean;
  /** training continuously */
  playing: boolean;
  /** current learning rate */
  lr: number;
  /** the network, when the request asked for it */
  network?: NetworkJSON;
  /** decision boundary (class 1 score) row by row from yMin, when a grid was requested */
  grid?: GridRequest & { values: Float64Array };
}

/** What the trainer sends back. */
export type TrainerResponse =
  | { type: 'snapshot'; snapshot: TrainerSnapshot }
  | { type: 'error'; message: string };
