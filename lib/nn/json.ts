import { isActivationName, type ActivationName } from './activations';

/** One dense layer as plain JSON; weights[o][i] is the weight from input i to output o. */
export interface LayerJSON {
  /** rows of outputs by inputs */
  weights: number[][];
  /** one bias per output neuron */
  biases: number[];
  /** activation applied to each weighted sum */
  activation: ActivationName;
  /** leaky ReLU slope for negative sums (omitted means 0.01) */
  alpha?: number;
}

/** A whole network as plain JSON, safe to save, share in a URL and compare in tests. */
export interface NetworkJSON {
  layers: LayerJSON[];
}

/** Gradients of the loss in the same layout as LayerJSON's weights and biases. */
export interface GradientsJSON {
  layers: { weights: number[][]; biases: number[] }[];
}

const isFiniteNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/**
 * Checks an untrusted value (from a URL, a file, a worker message) and returns it typed.
 * Throws an Error naming the layer and what is wrong with it.
 */
export function validateNetworkJSON(json: unknown): NetworkJSON {
  if (typeof json !== 'object' || json === null || !Array.isArray((json as NetworkJSON).layers)) {
    throw new Error('network: expected an object with a "layers" array');
  }
  const layers = (json as { layers: unknown[] }).layers;
  if (layers.length === 0) throw new Error('network: "layers" is empty');
  let previousOutputs = -1;
  layers.forEach((raw, l) => {
    const fail = (what: string): never => {
      throw new Error(`layer ${l}: ${what}`);
    };
    if (typeof raw !== 'object' || raw === null) fail('is not an object');
    const layer = raw as Partial<Record<keyof LayerJSON, unknown>>;
    if (!isActivationName(layer.activation)) fail(`unknown activation "${String(layer.activation)}"`);
    if (layer.activation === 'softmax' && l !== layers.length - 1) fail('softmax is allowed on the output layer only');
    if (layer.alpha !== undefined && !isFiniteNumber(layer.alpha)) fail('alpha is not a finite number');
    if (!Array.isArray(layer.weights)) fail('weights is not an array');
    if (!Array.isArray(layer.biases)) fail('biases is not an array');
    const weights = layer.weights as unknown[];
    const biases = layer.biases as unknown[];
    if (weights.length === 0) fail('weights has no rows');
    if (weights.length !== biases.length) {
      fail(`weights has ${weights.length} rows but biases has ${biases.length} entries`);
    }
    const inputs = Array.isArray(weights[0]) ? weights[0].length : -1;
    if (inputs <= 0) fail('weights row 0 is not a non-empty array');
    weights.forEach((row, o) => {
      if (!Array.isArray(row)) fail(`weights row ${o} is not an array`);
      const r = row as unknown[];
      if (r.length !== inputs) fail(`weights row ${o} has ${r.length} entries but row 0 has ${inputs}`);
      r.forEach((w, i) => {
        if (!isFiniteNumber(w)) fail(`weights[${o}][${i}] is not a finite number (${String(w)})`);
      });
    });
    biases.forEach((b, o) => {
      if (!isFiniteNumber(b)) fail(`biases[${o}] is not a finite number (${String(b)})`);
    });
    if (previousOutputs >= 0 && inputs !== previousOutputs) {
      fail(`takes ${inputs} inputs but layer ${l - 1} has ${previousOutputs} outputs`);
    }
    previousOutputs = weights.length;
  });
  return json as NetworkJSON;
}
