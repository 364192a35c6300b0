// Messages between a widget and the trainer (in a Web Worker or on the main thread).
import type { CreateOptions } from '../network';
import type { DatasetSpec } from '../datasets/index';
import type { FeatureName } from '../features';
import type { GridSpec } from '../grid';
import type { NetworkJSON } from '../json';
import type { LossName } from '../losses';
import type { OptimizerSpec } from '../optimizers';
import type { Announcement, ScheduleSpec } from '../schedules';

export type { Announcement };

/** One training run (a lane); the same config always gives the same run. */
export interface TrainerConfig {
  /** a fresh network to create, or saved weights to start from */
  network: CreateOptions | NetworkJSON;
  dataset: DatasetSpec;
  /**
   * 2-D sets: what the network's inputs are, computed from each point (default x₁, x₂).
   * The network takes one input per feature; the grid is mapped through them too.
   */
  features?: FeatureName[];
  /** examples per step */
  batchSize: number;
  /** `lr` is the rate at step 0 (before a schedule or an announcement changes it) */
  optimizer: OptimizerSpec;
  loss: LossName;
  /** seed of the batch order */
  seed: number;
  /** at most this many train and test examples are used to measure the loss (default 256) */
  evalSize?: number;
  /** the rate follows this schedule from `optimizer.lr`, step by step, in the trainer */
  schedule?: ScheduleSpec;
  announcements?: Announcement[];
}

/** What may change in a live run without starting it again (sent as a `plan` request). */
export interface TrainerPlan {
  /** train on by itself, one snapshot per frame, up to `until` */
  playing: boolean;
  /** playing stops at this step (none: it goes on) */
  until?: number;
  /** each lane's rate from now on (the schedule and announcements apply to it) */
  lr: number[];
  announcements: Announcement[][];
}

/** Everything a trainer needs: the runs it moves in lockstep, its pace, what it measures, and its plan to start with. */
export interface TrainerSetup extends Partial<Pick<TrainerPlan, 'playing' | 'until'>> {
  /** runs trained step for step (the race's three rates, two activations side by side) */
  lanes: TrainerConfig[];
  /** steps per lane between two snapshots while playing (default 1) */
  stepsPerFrame?: number;
  /** at least this many ms between two snapshots while playing (default 16: one frame) */
  frameMs?: number;
  /** the decision boundary, sent with every snapshot */
  grid?: GridRequest | null;
}

/** Bounds and resolution of the decision-boundary picture. */
export type GridRequest = Omit<GridSpec, 'output'>;

/**
 * What a widget can ask of the trainer. Every request is answered by one snapshot; while
 * playing (a plan says whether), the trainer sends one more per frame by itself.
 */
export type TrainerRequest =
  | ({ type: 'create' } & TrainerSetup)
  | ({ type: 'plan' } & TrainerPlan)
  /** one batch per lane (pauses) */
  | { type: 'step' }
  /** one pass over the training set (pauses) */
  | { type: 'epoch' }
  /** exactly `steps` steps now (pauses; a lane stops early if it diverges) */
  | { type: 'train'; steps: number }
  /** back to the initial weights, optimizer state and batch order; `playing` if given */
  | { type: 'reset'; playing?: boolean }
  /** a snapshot now, with each lane's network if asked */
  | { type: 'snapshot'; network?: boolean };

/** Loss points measured since the last snapshot: they replace the receiver's points from index `from` on. */
export interface HistoryDelta {
  from: number;
  steps: number[];
  train: number[];
  test: number[];
}

/** One lane's state as the trainer sends it. */
export interface LaneReport {
  /** steps taken (batches trained on) */
  step: number;
  /** examples seen = step × batchSize */
  examples: number;
  /** passes over the training set = examples / train size (fractional) */
  epoch: number;
  history: HistoryDelta;
  /** latest share of training examples classified right */
  trainAccuracy: number;
  /** latest share of test examples classified right */
  testAccuracy: number;
  /** the last step produced NaN/Infinity; the weights were kept and the lane stopped */
  diverged: boolean;
  /** the rate the next step uses */
  lr: number;
  /** the network, when the request asked for it */
  network?: NetworkJSON;
  /** decision boundary (class 1 score) row by row from yMin, when the setup has a grid */
  grid?: GridRequest & { values: Float64Array };
}

/** What the trainer sends back. */
export type TrainerResponse =
  | { type: 'snapshot'; lanes: LaneReport[] }
  | { type: 'error'; message: string };

/**
 * A lane as widgets draw it: the report with its whole loss history (the store adds the points
 * up): the step of each point, the mean loss on (up to evalSize) training and test examples there.
 */
export interface TrainerSnapshot extends Omit<LaneReport, 'history'> {
  historySteps: number[];
  trainLoss: number[];
  testLoss: number[];
}
