// Numbers the playground shows about a trained network, all computed by lib/nn.
import { Network, argmax, featureRow, predictFeatureGrid, type FeatureName, type NetworkJSON } from '@/lib/nn';
import type { GridRequest } from '@/lib/nn/worker/protocol';

/** counts[actual][predicted] over the examples (row = the true class). */
export function confusionMatrix(network: Network, inputs: number[][], labels: number[], classes: number): number[][] {
  return countCells(network.predict(inputs), labels, classes);
}

/** counts[actual][predicted] from outputs already computed (one row of scores per example). */
export function countCells(outputs: readonly (readonly number[])[], labels: readonly number[], classes: number): number[][] {
  const counts = Array.from({ length: classes }, () => new Array<number>(classes).fill(0));
  outputs.forEach((output, k) => {
    counts[labels[k]!]![argmax(output)]!++;
  });
  return counts;
}

/**
 * The examples in one cell of the confusion matrix: the indices k whose true class is `actual`
 * and whose highest score is `guessed` (off the diagonal: the network's mistakes themselves).
 */
export function cellMembers(outputs: readonly (readonly number[])[], labels: readonly number[], actual: number, guessed: number): number[] {
  const members: number[] = [];
  outputs.forEach((output, k) => {
    if (labels[k] === actual && argmax(output) === guessed) members.push(k);
  });
  return members;
}

/** One hidden neuron's output over the input square, and the range to colour it by. */
export interface NeuronMap {
  layer: number;
  neuron: number;
  values: Float64Array;
  domain: [number, number];
}

/**
 * Each hidden neuron's own picture: the network cut after its layer (Network.fromJSON of the
 * first layers), mapped over the grid (each point through the input features) for that neuron's output.
 */
export function neuronMaps(json: NetworkJSON, grid: GridRequest, features: readonly FeatureName[] = ['x1', 'x2']): NeuronMap[][] {
  return json.layers.slice(0, -1).map((layer, l) => {
    const cut = Network.fromJSON({ layers: json.layers.slice(0, l + 1) });
    return layer.biases.map((_, j) => {
      const values = predictFeatureGrid(cut, { ...grid, output: j }, features);
      return { layer: l, neuron: j, values, domain: domainFor(layer.activation, values) };
    });
  });
}

/** sigmoid lives in [0, 1], tanh in [−1, 1]; unbounded outputs are coloured by their largest size. */
function domainFor(activation: string, values: Float64Array): [number, number] {
  if (activation === 'sigmoid') return [0, 1];
  if (activation === 'tanh') return [-1, 1];
  let most = 1e-6;
  for (const v of values) if (Number.isFinite(v)) most = Math.max(most, Math.abs(v));
  return [-most, most];
}

/** One hidden neuron worked out at one point: each input times its weight, the bias, the sum and the activation. */
export interface NeuronAtPoint {
  /** the neuron's inputs at the point (features for layer 0, the previous layer's outputs after) and their weights */
  terms: { value: number; weight: number }[];
  bias: number;
  /** the weighted sum z = Σ weight·value + bias */
  sum: number;
  activation: string;
  /** the neuron's output, activation(z) */
  output: number;
}

/** What lib/nn computes for neuron `neuron` of layer `layer` at the point (x₁, x₂), term by term. */
export function neuronAt(json: NetworkJSON, features: readonly FeatureName[], point: readonly [number, number], layer: number, neuron: number): NeuronAtPoint {
  const trace = Network.fromJSON(json).forwardTrace(featureRow(point[0], point[1], features));
  const inputs = layer === 0 ? featureRow(point[0], point[1], features) : trace.outputs[layer - 1]!;
  const l = json.layers[layer]!;
  return {
    terms: inputs.map((value, i) => ({ value, weight: l.weights[neuron]![i]! })),
    bias: l.biases[neuron]!,
    sum: trace.sums[layer]![neuron]!,
    activation: l.activation,
    output: trace.outputs[layer]![neuron]!,
  };
}
