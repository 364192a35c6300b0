import { weightedSum } from '@/lib/nn';

/** The three inputs, three weights and one bias the calculator shows. */
export interface NeuronSetting {
  inputs: readonly number[];
  weights: readonly number[];
  bias: number;
}

/** Every number the calculator draws, each one asked of the engine's weightedSum. */
export interface Breakdown {
  /** w_i · a_i, one per input */
  terms: number[];
  /** running total before term i is added (starts at 0), then after the last term */
  partials: number[];
  /** the weighted sum z = Σ w_i a_i + b */
  z: number;
}

/**
 * Splits z into the pieces the bars stack up. A term is the weighted sum of one input
 * with no bias; a running total is the weighted sum of the first k inputs; so the
 * pictures and the printed total cannot disagree with the engine.
 */
export function breakdown({ inputs, weights, bias }: NeuronSetting): Breakdown {
  const terms = inputs.map((a, i) => weightedSum([a], [weights[i]!], 0));
  const partials = inputs.map((_, k) => weightedSum(inputs.slice(0, k), weights.slice(0, k), 0));
  partials.push(weightedSum(inputs, weights, 0));
  return { terms, partials, z: weightedSum(inputs, weights, bias) };
}
