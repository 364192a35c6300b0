/** Names of the optimisers. */
export type OptimizerKind = 'sgd' | 'momentum' | 'adam';

/**
 * Updates parameters from their gradients, holding its own state (velocities, moments)
 * for one network. Change `lr` between steps freely: the state is kept.
 */
export interface Optimizer {
  readonly kind: OptimizerKind;
  /** learning rate used by the next update */
  lr: number;
  /** L2 penalty λ: λ·w is added to each weight's gradient (biases are not decayed) */
  weightDecay: number;
  /**
   * L1 penalty λ₁ on the weights (biases are not penalised), applied after the optimiser's
   * step as its proximal step: |w| shrinks by lr·λ₁ and a weight that would cross zero is
   * set to exactly 0, so unneeded weights end at 0 rather than hover around it.
   */
  l1: number;
  /** number of updates applied so far */
  readonly steps: number;
  /**
   * Applies one update to every parameter array, or none: if any new parameter or
   * state value would be NaN or ±Infinity, nothing changes and it returns false.
   */
  update(params: readonly Float64Array[], grads: readonly Float64Array[], decay: readonly boolean[]): boolean;
  /** Forgets all state, as if freshly created. */
  reset(): void;
}

/** Options shared by every optimiser. */
export interface OptimizerOptions {
  /** learning rate */
  lr: number;
  /** L2 regularisation strength λ (default 0) */
  weightDecay?: number;
  /** L1 regularisation strength λ₁ (default 0) */
  l1?: number;
}

/**
 * The proximal step of λ₁·|w| (soft thresholding): w moves toward 0 by `shrink` and stops at
 * exactly 0. What tensorflow/playground does for L1 (a weight that crosses zero is zeroed).
 */
export function shrinkTowardZero(w: Float64Array, shrink: number): void {
  if (!(shrink > 0)) return;
  for (let k = 0; k < w.length; k++) {
    const v = w[k]!;
    w[k] = v > shrink ? v - shrink : v < -shrink ? v + shrink : 0;
  }
}

/** to.set(from) as a loop: for the short arrays of small networks, set() is a slow call. */
function copy(from: Float64Array, to: Float64Array): void {
  for (let k = 0; k < from.length; k++) to[k] = from[k]!;
}

/**
 * Per-parameter-array scratch: `next[slot][0]` holds proposed parameters, `next[slot][i]`
 * the proposed state array i − 1. Proposals are committed only if all are finite.
 */
class Slots {
  state: Float64Array[][] = [];
  next: Float64Array[][] = [];
  constructor(private readonly stateCount: number) {}

  /** Allocates on first use only, so a training step does not allocate. */
  ensure(slot: number, size: number): void {
    const next = this.next[slot];
    if (next && next[0]!.length === size) return;
    if (next) throw new Error('optimizer reused with a different network');
    this.state[slot] = Array.from({ length: this.stateCount }, () => new Float64Array(size));
    this.next[slot] = Array.from({ length: this.stateCount + 1 }, () => new Float64Array(size));
  }

  commit(params: readonly Float64Array[]): void {
    for (let slot = 0; slot < params.length; slot++) {
      const next = this.next[slot]!;
      const state = this.state[slot]!;
      copy(next[0]!, params[slot]!);
      for (let i = 0; i < state.length; i++) copy(next[i + 1]!, state[i]!);
    }
  }
}

/** Numbers fixed for one update: the learning rate and Adam's bias corrections. */
interface StepConstants { lr: number; correct1: number; correct2: number }

/**
 * Proposes one update of parameter array p with gradient g (λ = weight decay): new
 * parameters into next[0], new state into next[1..]. Returns the sum of every proposed
 * value times 0, which is 0 exactly when all of them are finite (x·0 is NaN for NaN, ±∞).
 */
type Propose = (p: Float64Array, g: Float64Array, lambda: number, state: Float64Array[], next: Float64Array[], c: StepConstants) => number;

function makeOptimizer(
  kind: OptimizerKind, options: OptimizerOptions, stateCount: number, propose: Propose,
  prepare: (c: StepConstants, t: number) => void = () => {},
): Optimizer {
  const slots = new Slots(stateCount);
  const c: StepConstants = { lr: 0, correct1: 1, correct2: 1 };
  const opt: Optimizer & { steps: number } = {
    kind,
    lr: options.lr,
    weightDecay: options.weightDecay ?? 0,
    l1: options.l1 ?? 0,
    steps: 0,
    update(params, grads, decay) {
      c.lr = opt.lr;
      prepare(c, opt.steps + 1);
      let check = 0;
      for (let s = 0; s < params.length; s++) {
        const p = params[s]!;
        slots.ensure(s, p.length);
        check += propose(p, grads[s]!, decay[s] ? opt.weightDecay : 0, slots.state[s]!, slots.next[s]!, c);
        if (decay[s]) shrinkTowardZero(slots.next[s]![0]!, c.lr * opt.l1);
      }
      if (check !== 0) return false;
      slots.commit(params);
      opt.steps++;
      return true;
    },
    reset() {
      slots.state = [];
      slots.next = [];
      opt.steps = 0;
    },
  };
  return opt;
}

/** Plain gradient descent: w ← w − lr·g. */
export function sgd(options: OptimizerOptions): Optimizer {
  return makeOptimizer('sgd', options, 0, (p, g, lambda, _state, next, c) => {
    const out = next[0]!;
    let check = 0;
    for (let k = 0; k < p.length; k++) {
      const w = p[k]! - c.lr * (g[k]! + lambda * p[k]!);
      out[k] = w;
      check += w * 0;
    }
    return check;
  });
}

/** SGD with momentum in PyTorch's form: v ← β·v + g; w ← w − lr·v (β default 0.9). */
export function momentum(options: OptimizerOptions & { beta?: number }): Optimizer {
  const beta = options.beta ?? 0.9;
  return makeOptimizer('momentum', options, 1, (p, g, lambda, state, next, c) => {
    const [velocity] = state as [Float64Array];
    const [out, nextVelocity] = next as [Float64Array, Float64Array];
    let check = 0;
    for (let k = 0; k < p.length; k++) {
      const v = beta * velocity[k]! + g[k]! + lambda * p[k]!;
      const w = p[k]! - c.lr * v;
      nextVelocity[k] = v;
      out[k] = w;
      check += v * 0 + w * 0;
    }
    return check;
  });
}

/** Adam with bias correction: w ← w − lr·m̂/(√v̂ + ε) (defaults β1 0.9, β2 0.999, ε 1e-8). */
export function adam(options: OptimizerOptions & { beta1?: number; beta2?: number; eps?: number }): Optimizer {
  const beta1 = options.beta1 ?? 0.9;
  const beta2 = options.beta2 ?? 0.999;
  const eps = options.eps ?? 1e-8;
  const propose: Propose = (p, g, lambda, state, next, c) => {
    const [m0, v0] = state as [Float64Array, Float64Array];
    const [out, m1, v1] = next as [Float64Array, Float64Array, Float64Array];
    let check = 0;
    for (let k = 0; k < p.length; k++) {
      const grad = g[k]! + lambda * p[k]!;
      const m = beta1 * m0[k]! + (1 - beta1) * grad;
      const v = beta2 * v0[k]! + (1 - beta2) * grad * grad;
      const w = p[k]! - (c.lr * (m / c.correct1)) / (Math.sqrt(v / c.correct2) + eps);
      m1[k] = m;
      v1[k] = v;
      out[k] = w;
      check += m * 0 + v * 0 + w * 0;
    }
    return check;
  };
  return makeOptimizer('adam', options, 2, propose, (c, t) => {
    c.correct1 = 1 - Math.pow(beta1, t);
    c.correct2 = 1 - Math.pow(beta2, t);
  });
}

/** A serialisable description of an optimiser (for URLs, workers and tests). */
export type OptimizerSpec =
  | ({ kind: 'sgd' } & OptimizerOptions)
  | ({ kind: 'momentum'; beta?: number } & OptimizerOptions)
  | ({ kind: 'adam'; beta1?: number; beta2?: number; eps?: number } & OptimizerOptions);

/** Builds an optimiser from its description. */
export function createOptimizer(spec: OptimizerSpec): Optimizer {
  if (spec.kind === 'sgd') return sgd(spec);
  if (spec.kind === 'momentum') return momentum(spec);
  if (spec.kind === 'adam') return adam(spec);
  throw new Error(`unknown optimizer "${(spec as { kind: unknown }).kind}"`);
}
