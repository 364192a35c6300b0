/**
 * The neuron's own weights and bias in chapter 1; chapter 2 lets the reader change them. The bias
 * is big enough to see: with every input at 0 the total is 0.5 and what is passed on, σ(0.5) ≈ 0.62,
 * is clearly above the sigmoid's own middle (0.5), so "partly the bias" is true and visible.
 */
export const WEIGHTS = [0.9, -0.6, 0.4] as const;
export const BIAS = 0.5;
