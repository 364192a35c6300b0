import { describe, expect, it } from 'vitest';
import { tanh } from './fastmath';

describe('tanh', () => {
  it('agrees with Math.tanh to 5e-15 relative and 4e-16 absolute from -30 to 30', () => {
    let worstRelative = 0;
    let worstAbsolute = 0;
    for (let k = 0; k <= 600_000; k++) {
      const x = -30 + k * 1e-4 + 1e-7;
      const exact = Math.tanh(x);
      const diff = Math.abs(tanh(x) - exact);
      worstAbsolute = Math.max(worstAbsolute, diff);
      if (exact !== 0) worstRelative = Math.max(worstRelative, diff / Math.abs(exact));
    }
    expect(worstRelative).toBeLessThan(5e-15);
    expect(worstAbsolute).toBeLessThan(4e-16);
  });

  it('is exact at the edges', () => {
    expect(tanh(0)).toBe(0);
    expect(tanh(1e-12)).toBe(1e-12);
    expect(tanh(-1e-300)).toBe(-1e-300);
    expect(tanh(1000)).toBe(1);
    expect(tanh(-Infinity)).toBe(-1);
    expect(tanh(NaN)).toBeNaN();
  });
});
