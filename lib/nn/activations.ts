import { tanh } from './fastmath';

/** Names of the activation functions a layer can apply to its weighted sums. */
export type ActivationName = 'identity' | 'sigmoid' | 'tanh' | 'relu' | 'leakyRelu' | 'softmax';

/** Activations applied to one number at a time (every one except softmax). */
export type ScalarActivationName = Exclude<ActivationName, 'softmax'>;

/** Default slope of leaky ReLU for negative inputs. */
export const DEFAULT_ALPHA = 0.01;

/**
 * A function and its derivative side by side. `der` receives both the weighted sum x
 * and the output y = output(x), so sigmoid and tanh reuse y instead of recomputing it.
 * `forward` and `backward` are the same two formulas written as loops over a whole
 * batch: a call per number would cost more than the arithmetic (tests check they agree).
 */
export interface Activation {
  /** the neuron's output for weighted sum x */
  output(x: number, alpha: number): number;
  /** d output / d x at x, given y = output(x) */
  der(x: number, y: number, alpha: number): number;
  /** outputs[k] = output(sums[k]) for k < count */
  forward(sums: Float64Array, outputs: Float64Array, count: number, alpha: number): void;
  /** dSums[k] = dOutputs[k] · der(sums[k], outputs[k]) for k < count */
  backward(sums: Float64Array, outputs: Float64Array, dOutputs: Float64Array, dSums: Float64Array, count: number, alpha: number): void;
}

/** The one table every layer, widget and formula uses. ReLU's derivative at 0 is 0, as in PyTorch. */
export const ACTIVATIONS: Readonly<Record<ScalarActivationName, Activation>> = {
  identity: {
    output: (x) => x,
    der: () => 1,
    forward(z, a, count) { for (let k = 0; k < count; k++) a[k] = z[k]!; },
    backward(_z, _a, da, dz, count) { for (let k = 0; k < count; k++) dz[k] = da[k]!; },
  },
  sigmoid: {
    output: (x) => 1 / (1 + Math.exp(-x)),
    der: (_x, y) => y * (1 - y),
    forward(z, a, count) { for (let k = 0; k < count; k++) a[k] = 1 / (1 + Math.exp(-z[k]!)); },
    backward(_z, a, da, dz, count) { for (let k = 0; k < count; k++) dz[k] = da[k]! * (a[k]! * (1 - a[k]!)); },
  },
  tanh: {
    output: (x) => tanh(x),
    der: (_x, y) => 1 - y * y,
    forward(z, a, count) { for (let k = 0; k < count; k++) a[k] = tanh(z[k]!); },
    backward(_z, a, da, dz, count) { for (let k = 0; k < count; k++) dz[k] = da[k]! * (1 - a[k]! * a[k]!); },
  },
  relu: {
    output: (x) => (x > 0 ? x : 0),
    der: (x) => (x > 0 ? 1 : 0),
    forward(z, a, count) { for (let k = 0; k < count; k++) a[k] = z[k]! > 0 ? z[k]! : 0; },
    backward(z, _a, da, dz, count) { for (let k = 0; k < count; k++) dz[k] = z[k]! > 0 ? da[k]! : 0; },
  },
  leakyRelu: {
    output: (x, alpha) => (x > 0 ? x : alpha * x),
    der: (x, _y, alpha) => (x > 0 ? 1 : alpha),
    forward(z, a, count, alpha) { for (let k = 0; k < count; k++) a[k] = z[k]! > 0 ? z[k]! : alpha * z[k]!; },
    backward(z, _a, da, dz, count, alpha) { for (let k = 0; k < count; k++) dz[k] = z[k]! > 0 ? da[k]! : alpha * da[k]!; },
  },
};

/** Every activation name, in a fixed order (for menus and validation). */
export const ACTIVATION_NAMES: readonly ActivationName[] = [
  'identity', 'sigmoid', 'tanh', 'relu', 'leakyRelu', 'softmax',
];

/** True if `name` is a known activation. */
export function isActivationName(name: unknown): name is ActivationName {
  return typeof name === 'string' && (ACTIVATION_NAMES as readonly string[]).includes(name);
}

function scalar(name: ActivationName): Activation {
  if (name === 'softmax') throw new Error('softmax acts on a whole layer: use softmax(values)');
  return ACTIVATIONS[name];
}

/** The output of activation `name` for weighted sum x (same table as the network). */
export function activate(name: ActivationName, x: number, alpha = DEFAULT_ALPHA): number {
  return scalar(name).output(x, alpha);
}

/** The slope d output / d x of activation `name` at weighted sum x. */
export function activationDerivative(name: ActivationName, x: number, alpha = DEFAULT_ALPHA): number {
  const f = scalar(name);
  return f.der(x, f.output(x, alpha), alpha);
}

/**
 * Softmax of `k` sums starting at `from`, written to `out` at the same place.
 * Subtracting the largest sum first keeps exp() from overflowing.
 */
export function softmaxInto(sums: Float64Array, out: Float64Array, from: number, k: number): void {
  let max = -Infinity;
  for (let j = from; j < from + k; j++) if (sums[j]! > max) max = sums[j]!;
  let total = 0;
  for (let j = from; j < from + k; j++) {
    const e = Math.exp(sums[j]! - max);
    out[j] = e;
    total += e;
  }
  for (let j = from; j < from + k; j++) out[j] = out[j]! / total;
}

/** Softmax of a list of weighted sums: probabilities that add up to 1. */
export function softmax(sums: readonly number[]): number[] {
  const out = new Float64Array(sums.length);
  softmaxInto(Float64Array.from(sums), out, 0, sums.length);
  return Array.from(out);
}

/**
 * Spread of the initial weights: He (std √(2/fanIn), normal) for ReLU-like units,
 * Xavier/Glorot (uniform in ±√(6/(fanIn+fanOut))) for the rest.
 */
export function initKind(name: ActivationName): 'he' | 'glorot' {
  return name === 'relu' || name === 'leakyRelu' ? 'he' : 'glorot';
}
