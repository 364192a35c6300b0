import { ACTIVATIONS, softmaxInto, type ActivationName } from './activations';

/**
 * A dense layer over flat Float64Arrays. Parameters are row-major (weights[o * nIn + i]
 * is the weight from input i to output o, as in LayerJSON). Batch buffers hold one row
 * per example and are sized once for the largest batch seen, then reused.
 */
export interface Dense {
  /** number of inputs each neuron receives */
  readonly nIn: number;
  /** number of neurons (outputs) */
  readonly nOut: number;
  /** activation applied to each weighted sum */
  readonly activation: ActivationName;
  /** leaky ReLU slope for negative sums */
  readonly alpha: number;
  /** nOut × nIn weights, row-major */
  readonly weights: Float64Array;
  /** one bias per neuron */
  readonly biases: Float64Array;
  /** d loss / d weight, averaged over the last batch */
  readonly gradWeights: Float64Array;
  /** d loss / d bias, averaged over the last batch */
  readonly gradBiases: Float64Array;
  /** weighted sums z = W·x + b, batch × nOut */
  sums: Float64Array;
  /** outputs a = activation(z), batch × nOut */
  outputs: Float64Array;
  /** d loss / d output, batch × nOut */
  dOutputs: Float64Array;
  /** d loss / d sum (the "error" of each neuron), batch × nOut */
  dSums: Float64Array;
}

/** A layer with the given parameters and buffers for `capacity` examples. */
export function createDense(
  nIn: number, nOut: number, activation: ActivationName, alpha: number, capacity: number,
): Dense {
  const size = capacity * nOut;
  return {
    nIn, nOut, activation, alpha,
    weights: new Float64Array(nOut * nIn),
    biases: new Float64Array(nOut),
    gradWeights: new Float64Array(nOut * nIn),
    gradBiases: new Float64Array(nOut),
    sums: new Float64Array(size),
    outputs: new Float64Array(size),
    dOutputs: new Float64Array(size),
    dSums: new Float64Array(size),
  };
}

/** Grows the batch buffers to hold `capacity` examples (never shrinks). */
export function reserve(layer: Dense, capacity: number): void {
  const size = capacity * layer.nOut;
  if (layer.sums.length >= size) return;
  layer.sums = new Float64Array(size);
  layer.outputs = new Float64Array(size);
  layer.dOutputs = new Float64Array(size);
  layer.dSums = new Float64Array(size);
}

/** Forward pass of n examples: sums = W·x + b, outputs = activation(sums). */
export function forwardDense(layer: Dense, input: Float64Array, n: number): void {
  const { nOut, sums: Z, outputs: A, alpha } = layer;
  let b = 0;
  for (; b + 2 <= n; b += 2) sumsOfPair(layer, input, b);
  for (; b < n; b++) {
    for (let o = 0; o < nOut; o++) Z[b * nOut + o] = neuronSum(layer, input, b, o);
  }
  if (layer.activation === 'softmax') {
    for (let e = 0; e < n; e++) softmaxInto(Z, A, e * nOut, nOut);
    return;
  }
  ACTIVATIONS[layer.activation].forward(Z, A, n * nOut, alpha);
}

/** z = b + Σ w·x for neuron o on example b, adding in input order (as weightedSum does). */
function neuronSum(layer: Dense, input: Float64Array, b: number, o: number): number {
  const { nIn, weights: W } = layer;
  const x = b * nIn;
  const w = o * nIn;
  let s = layer.biases[o]!;
  for (let i = 0; i < nIn; i++) s += W[w + i]! * input[x + i]!;
  return s;
}

/**
 * Sums of examples b and b + 1, four neurons at a time: each weight and input loaded
 * serves two and four products. Each sum still adds in input order, so it equals neuronSum.
 */
function sumsOfPair(layer: Dense, input: Float64Array, b: number): void {
  const { nIn, nOut, weights: W, biases: B, sums: Z } = layer;
  const x = b * nIn;
  const y = x + nIn;
  const z = b * nOut;
  let o = 0;
  for (; o + 4 <= nOut; o += 4) {
    const w0 = o * nIn, w1 = w0 + nIn, w2 = w1 + nIn, w3 = w2 + nIn;
    let s0 = B[o]!, s1 = B[o + 1]!, s2 = B[o + 2]!, s3 = B[o + 3]!;
    let t0 = s0, t1 = s1, t2 = s2, t3 = s3;
    for (let i = 0; i < nIn; i++) {
      const u = input[x + i]!;
      const v = input[y + i]!;
      const a0 = W[w0 + i]!, a1 = W[w1 + i]!, a2 = W[w2 + i]!, a3 = W[w3 + i]!;
      s0 += a0 * u; s1 += a1 * u; s2 += a2 * u; s3 += a3 * u;
      t0 += a0 * v; t1 += a1 * v; t2 += a2 * v; t3 += a3 * v;
    }
    Z[z + o] = s0; Z[z + o + 1] = s1; Z[z + o + 2] = s2; Z[z + o + 3] = s3;
    Z[z + nOut + o] = t0; Z[z + nOut + o + 1] = t1; Z[z + nOut + o + 2] = t2; Z[z + nOut + o + 3] = t3;
  }
  for (; o < nOut; o++) {
    Z[z + o] = neuronSum(layer, input, b, o);
    Z[z + nOut + o] = neuronSum(layer, input, b + 1, o);
  }
}

/** dSums = dOutputs ⊙ activation'(sums); softmax uses its full Jacobian per example. */
export function activationBackward(layer: Dense, n: number): void {
  const { nOut, sums: Z, outputs: A, dOutputs: dA, dSums: dZ, alpha } = layer;
  if (layer.activation === 'softmax') {
    for (let b = 0; b < n; b++) {
      const row = b * nOut;
      let dot = 0;
      for (let j = row; j < row + nOut; j++) dot += dA[j]! * A[j]!;
      for (let j = row; j < row + nOut; j++) dZ[j] = A[j]! * (dA[j]! - dot);
    }
    return;
  }
  ACTIVATIONS[layer.activation].backward(Z, A, dA, dZ, n * nOut, alpha);
}

/**
 * From dSums: the parameter gradients (summed over the batch; the loss already divided
 * by the batch size) and, if `dInput` is given, d loss / d input for the layer below.
 */
export function backwardDense(layer: Dense, input: Float64Array, n: number, dInput: Float64Array | null): void {
  const { nIn, nOut, gradWeights: gW, gradBiases: gB, dSums: dZ } = layer;
  const active = examplesBuffer(n);
  // neuron by neuron, so its row of gradWeights stays in cache across the batch
  for (let o = 0; o < nOut; o++) {
    const w = o * nIn;
    let gb = 0;
    let count = 0;
    for (let b = 0; b < n; b++) {
      const d = dZ[b * nOut + o]!;
      if (d === 0) continue; // common with ReLU: those examples add nothing
      gb += d;
      active[count++] = b;
    }
    gB[o] = gb;
    for (let i = 0; i < nIn; i++) gW[w + i] = 0; // a loop: fill() is a slow call for short runs
    let k = 0;
    // four examples per pass over the row: a quarter of the loads and stores of gradWeights
    for (; k + 4 <= count; k += 4) {
      const b0 = active[k]!, b1 = active[k + 1]!, b2 = active[k + 2]!, b3 = active[k + 3]!;
      const d0 = dZ[b0 * nOut + o]!, d1 = dZ[b1 * nOut + o]!, d2 = dZ[b2 * nOut + o]!, d3 = dZ[b3 * nOut + o]!;
      const x0 = b0 * nIn, x1 = b1 * nIn, x2 = b2 * nIn, x3 = b3 * nIn;
      for (let i = 0; i < nIn; i++) {
        gW[w + i] = gW[w + i]! + (d0 * input[x0 + i]! + d1 * input[x1 + i]! + d2 * input[x2 + i]! + d3 * input[x3 + i]!);
      }
    }
    for (; k < count; k++) {
      const b = active[k]!;
      const d = dZ[b * nOut + o]!;
      const x = b * nIn;
      for (let i = 0; i < nIn; i++) gW[w + i] = gW[w + i]! + d * input[x + i]!;
    }
  }
  if (dInput) inputGradient(layer, n, dInput);
}

/** dInput = dSums · W: how the loss changes with each input of each example. */
function inputGradient(layer: Dense, n: number, dInput: Float64Array): void {
  const { nIn, nOut, weights: W, dSums: dZ } = layer;
  for (let b = 0; b < n; b++) {
    const x = b * nIn;
    for (let i = 0; i < nIn; i++) dInput[x + i] = 0;
    for (let o = 0; o < nOut; o++) {
      const d = dZ[b * nOut + o]!;
      if (d === 0) continue;
      const w = o * nIn;
      for (let i = 0; i < nIn; i++) dInput[x + i] = dInput[x + i]! + d * W[w + i]!;
    }
  }
}

/** Scratch list of example indices, shared by all layers (one step runs at a time). */
let examples = new Int32Array(64);
function examplesBuffer(n: number): Int32Array {
  if (examples.length < n) examples = new Int32Array(n);
  return examples;
}
