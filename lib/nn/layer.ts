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
  const { nIn, nOut, weights: W, biases: B, sums: Z, outputs: A, alpha } = layer;
  for (let b = 0; b < n; b++) {
    const x = b * nIn;
    const z = b * nOut;
    let o = 0;
    // four neurons at a time share each input load; each sum still adds in input order
    for (; o + 4 <= nOut; o += 4) {
      const w0 = o * nIn, w1 = w0 + nIn, w2 = w1 + nIn, w3 = w2 + nIn;
      let s0 = B[o]!, s1 = B[o + 1]!, s2 = B[o + 2]!, s3 = B[o + 3]!;
      for (let i = 0; i < nIn; i++) {
        const v = input[x + i]!;
        s0 += W[w0 + i]! * v;
        s1 += W[w1 + i]! * v;
        s2 += W[w2 + i]! * v;
        s3 += W[w3 + i]! * v;
      }
      Z[z + o] = s0;
      Z[z + o + 1] = s1;
      Z[z + o + 2] = s2;
      Z[z + o + 3] = s3;
    }
    for (; o < nOut; o++) {
      const w = o * nIn;
      let s = B[o]!;
      for (let i = 0; i < nIn; i++) s += W[w + i]! * input[x + i]!;
      Z[z + o] = s;
    }
  }
  if (layer.activation === 'softmax') {
    for (let b = 0; b < n; b++) softmaxInto(Z, A, b * nOut, nOut);
    return;
  }
  ACTIVATIONS[layer.activation].forward(Z, A, n * nOut, alpha);
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
  const { nIn, nOut, weights: W, gradWeights: gW, gradBiases: gB, dSums: dZ } = layer;
  // neuron by neuron, so its row of gradWeights stays in cache across the batch
  for (let o = 0; o < nOut; o++) {
    const w = o * nIn;
    let gb = 0;
    for (let i = 0; i < nIn; i++) gW[w + i] = 0; // a loop: fill() is a slow call for short runs
    for (let b = 0; b < n; b++) {
      const d = dZ[b * nOut + o]!;
      if (d === 0) continue; // common with ReLU; adding 0·x changes nothing
      gb += d;
      const x = b * nIn;
      for (let i = 0; i < nIn; i++) gW[w + i] = gW[w + i]! + d * input[x + i]!;
    }
    gB[o] = gb;
  }
  if (!dInput) return;
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
