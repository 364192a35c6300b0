import { DEFAULT_ALPHA, initKind, type ActivationName } from './activations';
import { CHUNK, toFlat, toRows } from './arrays';
import { backwardTrace, forwardTrace, gradients, saturation, type BackwardTrace, type ForwardTrace, type Saturation } from './inspect';
import { activationBackward, backwardDense, createDense, forwardDense, reserve, type Dense } from './layer';
import { batchLoss, isFused, type LossName } from './losses';
import { validateNetworkJSON, type GradientsJSON, type NetworkJSON } from './json';
import type { Optimizer } from './optimizers';
import { createRng, gaussian } from './rng';

/** What one training step reports. */
export interface StepResult {
  /** the batch's mean loss before the update */
  loss: number;
  /** true if the loss, a gradient or a new parameter was NaN/±Infinity; then nothing was updated */
  diverged: boolean;
}

/** How to train: which loss to descend and which optimiser takes the steps. */
export interface TrainOptions {
  loss: LossName;
  optimizer: Optimizer;
}

/** Options for Network.create. */
export interface CreateOptions {
  /** neurons per layer, inputs first: [2, 8, 8, 1] */
  sizes: number[];
  /** activation of the hidden layers */
  activation: ActivationName;
  /** activation of the output layer */
  outputActivation: ActivationName;
  /** seed of the weight initialisation */
  seed: number;
  /** leaky ReLU slope (default 0.01) */
  alpha?: number;
}

/** The class a row of k outputs stands for: its argmax, or for one output which side of `threshold` it is on. */
function predictedClass(values: Float64Array, from: number, k: number, threshold: number): number {
  if (k === 1) return values[from]! > threshold ? 1 : 0;
  let best = 0;
  for (let j = 1; j < k; j++) if (values[from + j]! > values[from + best]!) best = j;
  return best;
}

/** A stack of dense layers that trains in place on flat typed arrays. */
export class Network {
  /** the layers, input side first */
  readonly layers: Dense[];
  /** all parameter arrays in optimiser order: weights₀, biases₀, weights₁, … */
  readonly params: Float64Array[];
  /** gradient arrays, in the same order as params */
  readonly grads: Float64Array[];
  /** which params get weight decay (weights yes, biases no) */
  readonly decay: boolean[];
  private capacity = 1;
  private readonly result: StepResult = { loss: NaN, diverged: false };

  private constructor(layers: Dense[]) {
    this.layers = layers;
    this.params = layers.flatMap((l) => [l.weights, l.biases]);
    this.grads = layers.flatMap((l) => [l.gradWeights, l.gradBiases]);
    this.decay = layers.flatMap(() => [true, false]);
  }

  /** A fresh network with Xavier/Glorot or He initial weights drawn from `seed`, zero biases. */
  static create({ sizes, activation, outputActivation, seed, alpha = DEFAULT_ALPHA }: CreateOptions): Network {
    if (sizes.length < 2 || sizes.some((s) => !Number.isInteger(s) || s < 1)) {
      throw new Error(`sizes must be at least two positive integers, got [${sizes.join(', ')}]`);
    }
    if (activation === 'softmax') throw new Error('softmax is allowed on the output layer only');
    const rng = createRng(seed);
    const layers = sizes.slice(1).map((nOut, l) => {
      const nIn = sizes[l]!;
      const act = l === sizes.length - 2 ? outputActivation : activation;
      const layer = createDense(nIn, nOut, act, alpha, 1);
      const he = initKind(act) === 'he';
      const bound = Math.sqrt(6 / (nIn + nOut));
      const std = Math.sqrt(2 / nIn);
      for (let k = 0; k < layer.weights.length; k++) {
        layer.weights[k] = he ? gaussian(rng, 0, std) : (2 * rng() - 1) * bound;
      }
      return layer;
    });
    return new Network(layers);
  }

  /** Rebuilds a network from JSON, rejecting bad shapes or numbers with the layer named. */
  static fromJSON(json: unknown): Network {
    const valid = validateNetworkJSON(json);
    return new Network(valid.layers.map((l) => {
      const layer = createDense(l.weights[0]!.length, l.weights.length, l.activation, l.alpha ?? DEFAULT_ALPHA, 1);
      l.weights.forEach((row, o) => layer.weights.set(row, o * layer.nIn));
      layer.biases.set(l.biases);
      return layer;
    }));
  }

  /** The network as plain JSON; fromJSON(toJSON()) reproduces it exactly. */
  toJSON(): NetworkJSON {
    return {
      layers: this.layers.map((l) => ({
        weights: toRows(l.weights, l.nOut, l.nIn),
        biases: Array.from(l.biases),
        activation: l.activation,
        ...(l.activation === 'leakyRelu' || l.alpha !== DEFAULT_ALPHA ? { alpha: l.alpha } : {}),
      })),
    };
  }

  /** An independent copy with the same parameters. */
  clone(): Network {
    return Network.fromJSON(this.toJSON());
  }

  /** neurons per layer, inputs first */
  get sizes(): number[] {
    return [this.inputSize, ...this.layers.map((l) => l.nOut)];
  }

  /** number of inputs the first layer takes */
  get inputSize(): number {
    return this.layers[0]!.nIn;
  }

  /** number of outputs of the last layer */
  get outputSize(): number {
    return this.layers[this.layers.length - 1]!.nOut;
  }

  /** the output layer */
  get last(): Dense {
    return this.layers[this.layers.length - 1]!;
  }

  /** Makes every batch buffer hold at least n examples (allocates only when growing). */
  reserve(n: number): void {
    if (n <= this.capacity) return;
    this.capacity = n;
    for (const l of this.layers) reserve(l, n);
  }

  /** Low level: forward pass of n examples; results stay in the layers' buffers. */
  forward(x: Float64Array, n: number): void {
    this.reserve(n);
    let input = x;
    for (const layer of this.layers) {
      forwardDense(layer, input, n);
      input = layer.outputs;
    }
  }

  /** Low level, after forward(): mean loss of the batch; fills every gradient if `withGrads`. */
  backward(x: Float64Array, y: Float64Array, n: number, loss: LossName, withGrads: boolean): number {
    const last = this.last;
    const fused = isFused(loss, last.activation);
    const value = batchLoss(loss, last.activation, last.sums, last.outputs, y, n, last.nOut,
      withGrads ? (fused ? last.dSums : last.dOutputs) : null);
    if (!withGrads || !Number.isFinite(value)) return value;
    for (let l = this.layers.length - 1; l >= 0; l--) {
      const layer = this.layers[l]!;
      if (l < this.layers.length - 1 || !fused) activationBackward(layer, n);
      const below = l > 0 ? this.layers[l - 1]! : null;
      backwardDense(layer, below ? below.outputs : x, n, below ? below.dOutputs : null);
    }
    return value;
  }

  /**
   * One update on a batch of n examples (x: n × inputs, y: n × outputs, row-major).
   * Does not allocate once buffers fit n. The returned object is reused by the next call.
   */
  trainStepFlat(x: Float64Array, y: Float64Array, n: number, { loss, optimizer }: TrainOptions): StepResult {
    this.forward(x, n);
    const value = this.backward(x, y, n, loss, true);
    this.result.loss = value;
    this.result.diverged = !Number.isFinite(value) || !optimizer.update(this.params, this.grads, this.decay);
    return this.result;
  }

  /** One update on a batch, gradients averaged over it; never throws on divergence. */
  trainStep(inputs: number[][], targets: number[][], options: TrainOptions): StepResult {
    const x = toFlat(inputs, this.inputSize, 'input');
    const y = toFlat(targets, this.outputSize, 'target');
    const { loss, diverged } = this.trainStepFlat(x, y, inputs.length, options);
    return { loss, diverged };
  }

  /** Outputs for n examples into `out` (n × outputs), computed in chunks. */
  predictFlat(x: Float64Array, n: number, out = new Float64Array(n * this.outputSize)): Float64Array {
    const nIn = this.inputSize;
    const k = this.outputSize;
    for (let start = 0; start < n; start += CHUNK) {
      const m = Math.min(CHUNK, n - start);
      this.forward(start === 0 && m === n ? x : x.subarray(start * nIn, (start + m) * nIn), m);
      out.set(this.last.outputs.subarray(0, m * k), start * k);
    }
    return out;
  }

  /** The network's outputs for each input row. */
  predict(inputs: number[][]): number[][] {
    const out = this.predictFlat(toFlat(inputs, this.inputSize, 'input'), inputs.length);
    return toRows(out, inputs.length, this.outputSize);
  }

  /** Mean loss over n examples without changing anything (evaluated in chunks). */
  lossFlat(x: Float64Array, y: Float64Array, n: number, loss: LossName): number {
    return this.evaluateFlat(x, y, n, loss).loss;
  }

  /**
   * Mean loss and share of examples classified right, in one forward pass. Several
   * outputs: argmax against argmax; one output: both sides of 0 for tanh, else of 0.5.
   */
  evaluateFlat(x: Float64Array, y: Float64Array, n: number, loss: LossName): { loss: number; accuracy: number } {
    const nIn = this.inputSize;
    const k = this.outputSize;
    const last = this.last;
    const threshold = last.activation === 'tanh' ? 0 : 0.5;
    let total = 0;
    let right = 0;
    for (let start = 0; start < n; start += CHUNK) {
      const m = Math.min(CHUNK, n - start);
      const xs = x.subarray(start * nIn, (start + m) * nIn);
      const ys = y.subarray(start * k, (start + m) * k);
      this.forward(xs, m);
      total += m * this.backward(xs, ys, m, loss, false);
      for (let b = 0; b < m; b++) right += predictedClass(last.outputs, b * k, k, threshold) === predictedClass(ys, b * k, k, threshold) ? 1 : 0;
    }
    return { loss: total / n, accuracy: n === 0 ? 0 : right / n };
  }

  /** Mean loss of the network on these examples. */
  loss(inputs: number[][], targets: number[][], loss: LossName): number {
    return this.lossFlat(toFlat(inputs, this.inputSize, 'input'), toFlat(targets, this.outputSize, 'target'),
      inputs.length, loss);
  }

  /** Each layer's weighted sums and outputs for one input (to light up the layers). */
  forwardTrace(input: number[]): ForwardTrace {
    return forwardTrace(this, input);
  }

  /** Gradients of the batch's mean loss, in the JSON layout; parameters are not changed. */
  gradients(inputs: number[][], targets: number[][], loss: LossName): GradientsJSON {
    return gradients(this, inputs, targets, loss);
  }

  /** Backprop on one example, with every intermediate quantity (for the step-through widget). */
  backwardTrace(input: number[], target: number[], loss: LossName): BackwardTrace {
    return backwardTrace(this, input, target, loss);
  }

  /** How much of the hidden layers has an almost flat slope on these inputs (saturated, or dead ReLUs). */
  saturation(inputs: number[][]): Saturation {
    return saturation(this, toFlat(inputs, this.inputSize, 'input'), inputs.length);
  }

  /** saturation() on n row-major inputs (at most the first 256 are used). */
  saturationFlat(x: Float64Array, n: number): Saturation {
    return saturation(this, x, n);
  }
}

/** z = Σ inputs[i]·weights[i] + bias: the weighted sum of one neuron. */
export function weightedSum(inputs: readonly number[], weights: readonly number[], bias: number): number {
  if (inputs.length !== weights.length) throw new Error(`${inputs.length} inputs but ${weights.length} weights`);
  return inputs.reduce((sum, a, i) => sum + a * weights[i]!, bias);
}
