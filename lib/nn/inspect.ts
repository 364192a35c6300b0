// Looking inside the network: traces for the widgets that light up layers and step
// through backprop, gradients in the JSON layout, and the saturation report.
import { ACTIVATIONS, type ScalarActivationName } from './activations';
import { CHUNK, toFlat, toRows } from './arrays';
import type { GradientsJSON } from './json';
import type { Dense } from './layer';
import { batchLoss, isFused, outputGradient, type LossName } from './losses';
import type { Network } from './network';

/** One layer's view of a forward pass for a single example. */
export interface ForwardTrace {
  /** per layer, each neuron's weighted sum z (before the activation) */
  sums: number[][];
  /** per layer, each neuron's output a = activation(z) */
  outputs: number[][];
}

/** Everything backprop computes for one example, layer by layer (for the step-through widget). */
export interface BackwardTrace extends ForwardTrace {
  /** the loss of this example */
  loss: number;
  /** per layer, d loss / d output of each neuron */
  dOutputs: number[][];
  /** per layer, d loss / d sum of each neuron (its "error") */
  dSums: number[][];
  /** per layer, d loss / d weight and d loss / d bias, in the JSON layout */
  grads: GradientsJSON['layers'];
}

/** How much of the hidden layers has stopped learning because its slope is (almost) zero. */
export interface Saturation {
  /** share of (hidden unit, example) pairs on the batch whose activation derivative is below 1e-3 */
  share: number;
  /** share > 0.9: learning is frozen, however large the learning rate */
  saturated: boolean;
}

const firstRow = (a: Float64Array, l: Dense) => Array.from(a.subarray(0, l.nOut));

/** Each layer's weighted sums and outputs for one input. */
export function forwardTrace(net: Network, input: number[]): ForwardTrace {
  net.forward(toFlat([input], net.inputSize, 'input'), 1);
  return { sums: net.layers.map((l) => firstRow(l.sums, l)), outputs: net.layers.map((l) => firstRow(l.outputs, l)) };
}

/** Gradients of the batch's mean loss, in the JSON layout; parameters are not changed. */
export function gradients(net: Network, inputs: number[][], targets: number[][], loss: LossName): GradientsJSON {
  const x = toFlat(inputs, net.inputSize, 'input');
  net.forward(x, inputs.length);
  net.backward(x, toFlat(targets, net.outputSize, 'target'), inputs.length, loss, true);
  return { layers: net.layers.map((l) => ({ weights: toRows(l.gradWeights, l.nOut, l.nIn), biases: Array.from(l.gradBiases) })) };
}

/** Backprop on one example with every intermediate quantity, layer by layer. */
export function backwardTrace(net: Network, input: number[], target: number[], loss: LossName): BackwardTrace {
  const y = toFlat([target], net.outputSize, 'target');
  const { layers } = gradients(net, [input], [target], loss);
  const last = net.last;
  const value = batchLoss(loss, last.activation, last.sums, last.outputs, y, 1, last.nOut, null);
  // fused losses skip d loss / d output in training; fill it in for display
  if (isFused(loss, last.activation)) outputGradient(loss, last.outputs, y, 1, last.nOut, last.dOutputs);
  return {
    loss: value,
    sums: net.layers.map((l) => firstRow(l.sums, l)),
    outputs: net.layers.map((l) => firstRow(l.outputs, l)),
    dOutputs: net.layers.map((l) => firstRow(l.dOutputs, l)),
    dSums: net.layers.map((l) => firstRow(l.dSums, l)),
    grads: layers,
  };
}

/** Share of (hidden unit, example) pairs, over at most 256 examples, whose slope is below 1e-3. */
export function saturation(net: Network, x: Float64Array, n: number): Saturation {
  const m = Math.min(n, CHUNK);
  net.forward(x, m);
  let total = 0;
  let flat = 0;
  for (const layer of net.layers.slice(0, -1)) {
    const { der } = ACTIVATIONS[layer.activation as ScalarActivationName]; // hidden layers are never softmax
    for (let k = 0; k < m * layer.nOut; k++) {
      if (Math.abs(der(layer.sums[k]!, layer.outputs[k]!, layer.alpha)) < 1e-3) flat++;
    }
    total += m * layer.nOut;
  }
  const share = total === 0 ? 0 : flat / total;
  return { share, saturated: share > 0.9 };
}
