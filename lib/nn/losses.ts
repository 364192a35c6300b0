import type { ActivationName } from './activations';

/** Names of the losses; each follows PyTorch's default ('mean') reduction. */
export type LossName = 'mse' | 'mae' | 'bce' | 'softmaxCrossEntropy';

/** Every loss name, in a fixed order (for menus and validation). */
export const LOSS_NAMES: readonly LossName[] = ['mse', 'mae', 'bce', 'softmaxCrossEntropy'];

/** Probabilities are clamped to [PROB_EPS, 1 - PROB_EPS] before a log, so 0 and 1 never give NaN. */
export const PROB_EPS = 1e-12;

const clampProb = (p: number): number => Math.min(Math.max(p, PROB_EPS), 1 - PROB_EPS);

/** A loss on one output element and its derivative beside it. */
interface ElementLoss {
  /** the error of prediction a against target y */
  value(a: number, y: number): number;
  /** d value / d a */
  der(a: number, y: number): number;
}

/** Element-wise losses; the batch loss is their mean over examples AND outputs. */
export const ELEMENT_LOSSES: Readonly<Record<Exclude<LossName, 'softmaxCrossEntropy'>, ElementLoss>> = {
  mse: { value: (a, y) => (a - y) * (a - y), der: (a, y) => 2 * (a - y) },
  // sign(0) = 0, as PyTorch's subgradient of |x| at 0
  mae: { value: (a, y) => Math.abs(a - y), der: (a, y) => Math.sign(a - y) },
  bce: {
    value: (a, y) => {
      const p = clampProb(a);
      return -(y * Math.log(p) + (1 - y) * Math.log(1 - p));
    },
    der: (a, y) => {
      const p = clampProb(a);
      return (p - y) / (p * (1 - p));
    },
  },
};

/**
 * True when the loss's gradient is taken straight with respect to the output layer's
 * weighted sums: softmax + cross-entropy and sigmoid + bce give (a − y)/count, which is
 * exact and cannot overflow.
 */
export function isFused(loss: LossName, activation: ActivationName): boolean {
  return (loss === 'softmaxCrossEntropy' && activation === 'softmax') || (loss === 'bce' && activation === 'sigmoid');
}

/**
 * Mean loss of a batch of n examples with k outputs each (row-major), and, if `grad` is
 * given, its gradient: d loss / d sum when isFused(), otherwise d loss / d output.
 * Fused losses are computed from the sums (logits), so saturated outputs stay finite.
 */
export function batchLoss(
  loss: LossName, activation: ActivationName,
  sums: Float64Array, outputs: Float64Array, targets: Float64Array,
  n: number, k: number, grad: Float64Array | null,
): number {
  const count = n * k;
  let total = 0;
  if (loss === 'softmaxCrossEntropy') {
    if (activation !== 'softmax') throw new Error('softmaxCrossEntropy needs a softmax output layer');
    for (let b = 0; b < n; b++) {
      const row = b * k;
      let max = -Infinity;
      for (let j = row; j < row + k; j++) if (sums[j]! > max) max = sums[j]!;
      let expSum = 0;
      for (let j = row; j < row + k; j++) expSum += Math.exp(sums[j]! - max);
      const logSumExp = max + Math.log(expSum);
      for (let j = row; j < row + k; j++) {
        total -= targets[j]! * (sums[j]! - logSumExp); // −y · ln softmax(z)
        if (grad) grad[j] = (outputs[j]! - targets[j]!) / n;
      }
    }
    return total / n;
  }
  if (loss === 'bce' && activation === 'sigmoid') {
    for (let j = 0; j < count; j++) {
      const z = sums[j]!;
      const y = targets[j]!;
      // −[y ln σ(z) + (1−y) ln(1−σ(z))], rearranged to stay finite for any z
      total += Math.max(z, 0) - z * y + Math.log1p(Math.exp(-Math.abs(z)));
      if (grad) grad[j] = (outputs[j]! - y) / count;
    }
    return total / count;
  }
  const f = ELEMENT_LOSSES[loss];
  for (let j = 0; j < count; j++) {
    total += f.value(outputs[j]!, targets[j]!);
    if (grad) grad[j] = f.der(outputs[j]!, targets[j]!) / count;
  }
  return total / count;
}

/** Rows of a batch: a flat list is read as one output per example. */
function rows(values: readonly number[] | readonly number[][]): number[][] {
  return values.map((v) => (Array.isArray(v) ? v : [v as number]));
}

/**
 * The loss of each example separately (for the loss explorer): the mean over its outputs
 * for mse, mae and bce; −Σ y·ln p for softmaxCrossEntropy. Predictions are the network's
 * outputs (probabilities after sigmoid or softmax), not logits.
 */
export function lossTerms(
  loss: LossName, predictions: readonly number[] | readonly number[][], targets: readonly number[] | readonly number[][],
): number[] {
  const p = rows(predictions);
  const t = rows(targets);
  if (p.length !== t.length) throw new Error(`${p.length} predictions but ${t.length} targets`);
  return p.map((row, b) => {
    const target = t[b]!;
    if (row.length !== target.length) throw new Error(`example ${b}: ${row.length} predictions but ${target.length} targets`);
    if (loss === 'softmaxCrossEntropy') {
      return row.reduce((sum, a, j) => sum - target[j]! * Math.log(clampProb(a)), 0);
    }
    const f = ELEMENT_LOSSES[loss];
    return row.reduce((sum, a, j) => sum + f.value(a, target[j]!), 0) / row.length;
  });
}

/** The batch's mean loss, with the same reduction the network trains on. */
export function lossValue(
  loss: LossName, predictions: readonly number[] | readonly number[][], targets: readonly number[] | readonly number[][],
): number {
  const terms = lossTerms(loss, predictions, targets);
  return terms.reduce((a, b) => a + b, 0) / terms.length;
}

/**
 * d loss / d output for every element, never fused (for showing backprop step by step;
 * training uses batchLoss). Probabilities in logs are clamped, so it stays finite.
 */
export function outputGradient(
  loss: LossName, outputs: Float64Array, targets: Float64Array, n: number, k: number, grad: Float64Array,
): void {
  const count = n * k;
  for (let j = 0; j < count; j++) {
    const a = outputs[j]!;
    const y = targets[j]!;
    grad[j] = loss === 'softmaxCrossEntropy' ? -y / clampProb(a) / n : ELEMENT_LOSSES[loss].der(a, y) / count;
  }
}
