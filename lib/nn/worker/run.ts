// One training run: network, optimiser, data as flat arrays, batch order and history.
import { createDataset, classCount, isRegressionSpec, planDogs, type LabelledSet, type PlannedPictures } from '../datasets/index';
import { checkFeatures, expandRows, predictFeatureGrid, PLAIN, type FeatureName } from '../features';
import { predictGrid } from '../grid';
import type { NetworkJSON } from '../json';
import { Network, type TrainOptions } from '../network';
import { createOptimizer, type Optimizer } from '../optimizers';
import { createRng, shuffle, type Rng } from '../rng';
import { rateAt, type Announcement } from '../schedules';
import type { GridRequest, LaneReport, TrainerConfig } from './protocol';

/** History is thinned (every other point dropped) whenever it grows past this. */
const MAX_HISTORY = 1000;

/** Examples as flat rows: inputs x (n × the network's inputs) and targets y (n × its outputs). */
interface Rows {
  x: Float64Array;
  y: Float64Array;
  n: number;
}

/** Labels as targets shaped for the network's outputs (a regression label is the target itself). */
function targets(labels: readonly number[], network: Network, regression: boolean): Float64Array {
  const k = network.outputSize;
  const low = network.layers[network.layers.length - 1]!.activation === 'tanh' && k === 1 ? -1 : 0;
  const y = new Float64Array(labels.length * k);
  labels.forEach((label, b) => {
    if (regression) y[b] = label;
    else if (k === 1) y[b] = label === 1 ? 1 : low; // one output: class 1 → 1, class 0 → 0 (or −1 for tanh)
    else y[b * k + label] = 1; // one-hot
  });
  return y;
}

const checkWidth = (width: number, network: Network) => {
  if (width !== network.inputSize) throw new Error(`the dataset has ${width} inputs but the network takes ${network.inputSize}`);
};

/** A labelled set as flat rows. */
function flatten(set: LabelledSet, network: Network, regression: boolean): Rows {
  const nIn = network.inputSize;
  if (set.inputs[0]) checkWidth(set.inputs[0].length, network);
  const x = new Float64Array(set.inputs.length * nIn);
  set.inputs.forEach((row, e) => x.set(row, e * nIn));
  return { x, y: targets(set.labels, network, regression), n: set.labels.length };
}

/** Planned pictures still to be painted into their rows, from `next` on. */
interface Painting {
  pictures: PlannedPictures;
  rows: Rows;
  next: number;
}

/** One training run: its network, optimiser, data, batch order and loss history. */
export class Run {
  readonly network: Network;
  readonly optimizer: Optimizer;
  readonly batchSize: number;
  readonly trainSize: number;
  /** steps taken */
  step = 0;
  diverged = false;
  /** the rate from now on, before its schedule and announcements (kept by a reset) */
  lr: number;
  announcements: Announcement[];
  private readonly initial: NetworkJSON;
  private readonly train: Rows;
  private readonly test: Rows;
  /** planned pictures not yet painted, the training set's first */
  private painting: Painting[] = [];
  private readonly evalSize: number;
  private readonly trainOptions: TrainOptions;
  private readonly xb: Float64Array;
  /** the 2-D set's input features, or null for pictures */
  private readonly features: readonly FeatureName[] | null;
  private readonly yb: Float64Array;
  private rng!: Rng;
  private order: number[] = [];
  private cursor = 0;
  private history = { steps: [] as number[], train: [] as number[], test: [] as number[] };
  /** history points already sent: a snapshot carries only the ones after them */
  private sent = 0;
  private latest = { trainAccuracy: 0, testAccuracy: 0 };

  constructor(private readonly config: TrainerConfig) {
    if (!(Number.isInteger(config.batchSize) && config.batchSize >= 1)) throw new Error(`batchSize must be a positive integer, got ${config.batchSize}`);
    this.network = 'layers' in config.network ? Network.fromJSON(config.network) : Network.create(config.network);
    const classes = classCount(config.dataset);
    if (this.network.outputSize !== 1 && this.network.outputSize < classes) {
      throw new Error(`the dataset has ${classes} classes but the network has ${this.network.outputSize} outputs`);
    }
    this.initial = this.network.toJSON();
    this.optimizer = createOptimizer(config.optimizer);
    this.lr = config.optimizer.lr;
    this.announcements = config.announcements ?? [];
    this.trainOptions = { loss: config.loss, optimizer: this.optimizer };
    const regression = isRegressionSpec(config.dataset);
    this.evalSize = config.evalSize ?? 256;
    if (config.dataset.kind === 'dogs') {
      // Pictures are planned, then painted: the ones the first report measures now, the rest
      // before the first step or in idle time (paint). On the largest picture setup the
      // worker's first task went from 194 to 75 ms of CPU and Play was enabled after 1.1 s
      // instead of 2.2 s (npm run bench:playground, medians of 5 alternated runs, load ~20).
      this.features = null;
      const plan = planDogs(config.dataset);
      checkWidth(plan.width, this.network);
      const rows = (pictures: PlannedPictures): Rows => ({
        x: new Float64Array(pictures.labels.length * plan.width),
        y: targets(pictures.labels, this.network, regression),
        n: pictures.labels.length,
      });
      this.train = rows(plan.train);
      this.test = rows(plan.test);
      this.painting = [{ pictures: plan.train, rows: this.train, next: 0 }, { pictures: plan.test, rows: this.test, next: 0 }];
      for (const job of this.painting) this.paintRows(job, Math.min(job.rows.n, this.evalSize), Infinity);
    } else {
      const data = createDataset(config.dataset);
      this.features = config.features ?? PLAIN;
      checkFeatures(this.features);
      data.train.inputs = expandRows(data.train.inputs, this.features);
      data.test.inputs = expandRows(data.test.inputs, this.features);
      this.train = flatten(data.train, this.network, regression);
      this.test = flatten(data.test, this.network, regression);
    }
    this.trainSize = this.train.n;
    if (this.trainSize === 0) throw new Error('the training set is empty');
    this.batchSize = config.batchSize;
    this.xb = new Float64Array(this.batchSize * this.network.inputSize);
    this.yb = new Float64Array(this.batchSize * this.network.outputSize);
    this.restart();
  }

  /** Some pictures are planned but not yet painted: a step paints them all first, `paint` some in idle time. */
  get unpainted(): boolean {
    return this.painting.length > 0;
  }

  /** Paints the pictures still to paint, until performance.now() passes `deadline` (all of them by default). */
  paint(deadline = Infinity): void {
    while (this.painting.length > 0) {
      const job = this.painting[0]!;
      if (!this.paintRows(job, job.rows.n, deadline)) return;
      this.painting.shift();
    }
  }

  /** Paints `job`'s pictures up to row `until`; false if the deadline came first. */
  private paintRows(job: Painting, until: number, deadline: number): boolean {
    const width = this.network.inputSize;
    while (job.next < until) {
      job.pictures.paint(job.next, job.rows.x, job.next * width);
      job.next++;
      if (job.next < until && performance.now() >= deadline) return false;
    }
    return true;
  }

  /** The rate step `step` trains with. */
  rateAt(step: number): number {
    return rateAt(step, this.lr, this.config.schedule, this.announcements);
  }

  /** Back to the initial weights, a fresh optimiser state (same learning rate) and batch order. */
  reset(): void {
    const json = this.initial;
    this.network.layers.forEach((layer, l) => {
      json.layers[l]!.weights.forEach((row, o) => layer.weights.set(row, o * layer.nIn));
      layer.biases.set(json.layers[l]!.biases);
    });
    this.optimizer.reset();
    this.restart();
  }

  private restart(): void {
    this.rng = createRng(this.config.seed);
    this.order = shuffle(this.rng, Array.from({ length: this.trainSize }, (_, k) => k));
    this.cursor = 0;
    this.step = 0;
    this.diverged = false;
    this.history = { steps: [], train: [], test: [] };
    this.sent = 0;
    this.record();
  }

  /** Trains up to `steps` batches; stops at the first diverging step. */
  trainSteps(steps: number): void {
    for (let s = 0; s < steps; s++) {
      if (!this.trainOne()) return;
    }
  }

  /** One batch, taken in shuffled order; a new shuffle starts each pass. Returns false on divergence. */
  trainOne(): boolean {
    if (this.painting.length > 0) this.paint();
    const nIn = this.network.inputSize;
    const k = this.network.outputSize;
    const { x, y } = this.train;
    for (let b = 0; b < this.batchSize; b++) {
      if (this.cursor === this.trainSize) {
        shuffle(this.rng, this.order);
        this.cursor = 0;
      }
      const e = this.order[this.cursor++]!;
      for (let i = 0; i < nIn; i++) this.xb[b * nIn + i] = x[e * nIn + i]!;
      for (let j = 0; j < k; j++) this.yb[b * k + j] = y[e * k + j]!;
    }
    this.optimizer.lr = this.rateAt(this.step);
    const result = this.network.trainStepFlat(this.xb, this.yb, this.batchSize, this.trainOptions);
    this.diverged = result.diverged;
    if (result.diverged) return false;
    this.step++;
    return true;
  }

  /** Measures loss and accuracy now and appends a history point (once per step). */
  record(): void {
    const h = this.history;
    if (h.steps[h.steps.length - 1] === this.step) return;
    const { network, config } = this;
    const nIn = network.inputSize;
    const k = network.outputSize;
    const measure = (set: Rows) => {
      const n = Math.min(set.n, this.evalSize);
      return n === 0 ? { loss: NaN, accuracy: 0 } : network.evaluateFlat(set.x.subarray(0, n * nIn), set.y.subarray(0, n * k), n, config.loss);
    };
    const train = measure(this.train);
    const test = measure(this.test);
    h.steps.push(this.step);
    h.train.push(train.loss);
    h.test.push(test.loss);
    if (h.steps.length > MAX_HISTORY) {
      const keep = (_: number, i: number, all: number[]) => i % 2 === 0 || i === all.length - 1;
      h.steps = h.steps.filter(keep);
      h.train = h.train.filter(keep);
      h.test = h.test.filter(keep);
      this.sent = 0; // the points moved: send them all again
    }
    this.latest = { trainAccuracy: train.accuracy, testAccuracy: test.accuracy };
  }

  /** The state widgets draw, with the history points not sent before. */
  report(withNetwork: boolean, grid: GridRequest | null | undefined): LaneReport {
    this.record();
    const examples = this.step * this.batchSize;
    const { steps, train, test } = this.history;
    const from = this.sent;
    this.sent = steps.length;
    const snapshot: LaneReport = {
      step: this.step,
      examples,
      epoch: examples / this.trainSize,
      history: { from, steps: steps.slice(from), train: train.slice(from), test: test.slice(from) },
      trainAccuracy: this.latest.trainAccuracy,
      testAccuracy: this.latest.testAccuracy,
      diverged: this.diverged,
      lr: this.rateAt(this.step),
    };
    if (withNetwork) snapshot.network = this.network.toJSON();
    if (grid && this.features) {
      const output = this.network.outputSize > 1 ? 1 : 0;
      const values = this.features === PLAIN ? predictGrid(this.network, { ...grid, output }) : predictFeatureGrid(this.network, { ...grid, output }, this.features);
      snapshot.grid = { ...grid, values };
    }
    return snapshot;
  }
}
