// Numbers the playground shows about a trained network, all computed by lib/nn.
import { Network, argmax, predictFeatureGrid, type FeatureName, type NetworkJSON } from '@/lib/nn';
import type { GridRequest } from '@/lib/nn/worker/protocol';

/** counts[actual][predicted] over the examples (row = the true class). */
export function confusionMatrix(network: Network, inputs: number[][], labels: number[], classes: number): number[][] {
  const counts = Array.from({ length: classes }, () => new Array<number>(classes).fill(0));
  network.predict(inputs).forEach((output, k) => {
    counts[labels[k]!]![argmax(output)]!++;
  });
  return counts;
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
