import { describe, expect, it } from 'vitest';
import { adam, momentum, sgd, type Optimizer } from './optimizers';
import { decay } from './schedules';

/** Runs an optimiser on one weight (decayed) and one bias with fixed gradients. */
function run(opt: Optimizer, grads: number[][]): number[][] {
  const w = Float64Array.from([1]);
  const b = Float64Array.from([2]);
  return grads.map(([gw, gb]) => {
    opt.update([w, b], [Float64Array.from([gw!]), Float64Array.from([gb!])], [true, false]);
    return [w[0]!, b[0]!];
  });
}

describe('optimizers', () => {
  it('sgd: w ← w − lr·(g + λw), biases not decayed', () => {
    expect(run(sgd({ lr: 0.1 }), [[1, -1]])).toEqual([[0.9, 2.1]]);
    const [[w, b]] = run(sgd({ lr: 0.1, weightDecay: 0.5 }), [[1, -1]]) as [[number, number]];
    expect(w).toBeCloseTo(1 - 0.1 * (1 + 0.5), 15);
    expect(b).toBeCloseTo(2.1, 15);
  });

  it('momentum in PyTorch form: v ← βv + g, w ← w − lr·v', () => {
    const path = run(momentum({ lr: 0.1, beta: 0.9 }), [[1, 0], [1, 0], [1, 0]]);
    [1 - 0.1, 1 - 0.1 - 0.19, 1 - 0.1 - 0.19 - 0.271].forEach((w, i) => expect(path[i]![0]).toBeCloseTo(w, 14));
  });

  it('adam: first step moves each parameter by lr (bias correction), then by m̂/(√v̂+ε)', () => {
    const path = run(adam({ lr: 0.01 }), [[5, -0.001], [1, -0.001]]);
    expect(path[0]![0]).toBeCloseTo(1 - 0.01, 10);
    expect(path[0]![1]).toBeCloseTo(2 + 0.01, 6);
    const m = (0.9 * 0.1 * 5 + 0.1 * 1) / (1 - 0.81);
    const v = (0.999 * 0.001 * 25 + 0.001 * 1) / (1 - 0.999 ** 2);
    expect(path[1]![0]).toBeCloseTo(path[0]![0]! - (0.01 * m) / (Math.sqrt(v) + 1e-8), 14);
  });

  it('changing lr between steps keeps the state', () => {
    const a = momentum({ lr: 0.1 });
    const b = momentum({ lr: 0.1 });
    run(a, [[1, 1]]);
    const w = Float64Array.from([1]);
    const bias = Float64Array.from([2]);
    b.update([w, bias], [Float64Array.from([1]), Float64Array.from([1])], [true, false]);
    b.lr = 0.01;
    b.update([w, bias], [Float64Array.from([0]), Float64Array.from([0])], [true, false]);
    // velocity 1 carried over, decayed to 0.9, applied with the new rate
    expect(w[0]).toBeCloseTo(1 - 0.1 - 0.01 * 0.9, 15);
    expect(a.steps).toBe(1);
    expect(b.steps).toBe(2);
  });

  it('refuses a non-finite update and changes nothing', () => {
    const opt = adam({ lr: 0.1 });
    const w = Float64Array.from([1]);
    expect(opt.update([w], [Float64Array.from([0.5])], [true])).toBe(true);
    const after = w[0];
    expect(opt.update([w], [Float64Array.from([NaN])], [true])).toBe(false);
    expect(opt.update([w], [Float64Array.from([Infinity])], [true])).toBe(false);
    expect(w[0]).toBe(after);
    expect(opt.steps).toBe(1);
  });

  it('schedules', () => {
    const s = (step: number) => decay({ kind: 'step', factor: 0.5, every: 10 }, step);
    expect([0, 9, 10, 25].map(s)).toEqual([1, 1, 0.5, 0.25]);
    const e = (step: number) => 2 * decay({ kind: 'exponential', rate: 0.5, every: 2 }, step);
    expect(e(0)).toBe(2);
    expect(e(4)).toBeCloseTo(0.5, 15);
    expect(e(1)).toBeCloseTo(2 * Math.SQRT1_2, 15);
  });
});

describe('L1 regularisation', () => {
  it('shrinks each weight toward 0 by lr·λ₁ after the step and stops small ones at exactly 0; biases keep theirs', () => {
    for (const make of [sgd, momentum, adam]) {
      const opt = make({ lr: 0.1, l1: 0.5 });
      const w = Float64Array.from([1, -1, 0.02, -0.03, 0]);
      const b = Float64Array.from([0.01]);
      opt.update([w, b], [new Float64Array(5), new Float64Array(1)], [true, false]);
      expect(Array.from(w)).toEqual([1 - 0.05, -1 + 0.05, 0, 0, 0]);
      expect(b[0]).toBe(0.01);
    }
  });

  it('drives weights with no gradient of their own to exactly 0 while a needed one stays', () => {
    const opt = sgd({ lr: 0.05, l1: 0.01 });
    // w0 is pulled to 1 by its gradient (w0 − 1); w1, w2 carry noise-sized gradients only
    const w = Float64Array.from([0.3, 0.2, -0.15]);
    for (let t = 0; t < 2000; t++) {
      const g = Float64Array.from([w[0]! - 1, 0.001 * Math.sin(t), -0.001 * Math.cos(t)]);
      opt.update([w], [g], [true]);
    }
    expect(w[1]).toBe(0);
    expect(w[2]).toBe(0);
    expect(w[0]).toBeGreaterThan(0.9);
  });
});
