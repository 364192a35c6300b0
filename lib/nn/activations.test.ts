import { describe, expect, it } from 'vitest';
import { ACTIVATIONS, activate, activationDerivative, softmax, type ScalarActivationName } from './activations';

const names = Object.keys(ACTIVATIONS) as ScalarActivationName[];
const xs = [-30, -3, -1.5, -0.2, -1e-9, 0.3, 1, 2.5, 40];

describe('activations', () => {
  it('have the textbook values', () => {
    expect(activate('sigmoid', 0)).toBe(0.5);
    expect(activate('tanh', 1)).toBeCloseTo(Math.tanh(1), 15);
    expect(activate('relu', -2)).toBe(0);
    expect(activate('relu', 2)).toBe(2);
    expect(activate('leakyRelu', -2)).toBeCloseTo(-0.02, 15);
    expect(activate('leakyRelu', -2, 0.2)).toBeCloseTo(-0.4, 15);
    expect(activate('identity', -7)).toBe(-7);
    expect(activate('sigmoid', -1000)).toBe(0);
    expect(activate('sigmoid', 1000)).toBe(1);
  });

  it.each(names)('%s: derivative matches a finite difference', (name) => {
    for (const x of xs) {
      if (Math.abs(x) < 1e-6 && (name === 'relu' || name === 'leakyRelu')) continue; // kink
      const h = 1e-6;
      const numeric = (activate(name, x + h, 0.1) - activate(name, x - h, 0.1)) / (2 * h);
      expect(activationDerivative(name, x, 0.1)).toBeCloseTo(numeric, 8);
    }
  });

  it.each(names)('%s: batched loops agree exactly with the scalar formulas', (name) => {
    const f = ACTIVATIONS[name];
    const z = Float64Array.from(xs);
    const a = new Float64Array(xs.length);
    const da = Float64Array.from(xs, (_, i) => i - 3.5);
    const dz = new Float64Array(xs.length);
    f.forward(z, a, xs.length, 0.1);
    f.backward(z, a, da, dz, xs.length, 0.1);
    xs.forEach((x, i) => {
      expect(a[i]).toBe(f.output(x, 0.1));
      const expected = da[i]! * f.der(x, f.output(x, 0.1), 0.1);
      expect(dz[i] === expected, `${name}'(${x})`).toBe(true); // === so that 0 and −0 agree
    });
  });

  it('softmax gives probabilities without overflow', () => {
    const p = softmax([1000, 1001, 999]);
    expect(p.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 15);
    expect(p[1]).toBeGreaterThan(p[0]!);
    expect(softmax([0, 0])).toEqual([0.5, 0.5]);
    expect(() => activate('softmax', 1)).toThrow(/whole layer/);
  });
});
