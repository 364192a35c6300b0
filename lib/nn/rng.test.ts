import { describe, expect, it } from 'vitest';
import { createRng, createRngAfter } from './rng';

describe('createRngAfter', () => {
  it.each([0, 1, 999_999, 2 ** 32 - 1])('carries on the sequence of createRng(%i) from any point', (seed) => {
    const rng = createRng(seed);
    const sequence = Array.from({ length: 3000 }, () => rng());
    for (const drawn of [0, 1, 2, 517, 2999]) {
      const after = createRngAfter(seed, drawn);
      expect([after()]).toEqual(sequence.slice(drawn, drawn + 1));
    }
    // far along: 10⁶ numbers (1200 pictures of 256 noisy pixels draw about 6 · 10⁵)
    const far = createRng(seed);
    for (let k = 0; k < 1_000_000; k++) far();
    expect(createRngAfter(seed, 1_000_000)()).toBe(far());
  });
});
