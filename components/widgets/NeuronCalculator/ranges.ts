// Steps of 0.1 keep every product exact at two decimals, so the printed terms add up to
// the printed total; a typed value may be finer. Weights reach ±2 for the picnic's −2.
// The sliders and the story's scene schema (scene.ts) read the same ranges.

/** Range of each input a_i. */
export const INPUT = { min: -1, max: 1, step: 0.1 } as const;
/** Range of each weight w_i and of the bias b. */
export const WEIGHT = { min: -2, max: 2, step: 0.1 } as const;
