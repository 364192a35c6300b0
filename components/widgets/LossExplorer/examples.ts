/** The true answers of the five examples: 1 = "it is a husky", 0 = "it is not". */
export const TARGETS: readonly number[] = [1, 0, 1, 0, 1];

/** Every example a little off: the reset preset. */
export const START: readonly number[] = [0.8, 0.3, 0.7, 0.2, 0.9];

/** Which example the outlier preset makes confidently wrong (index into TARGETS). */
export const OUTLIER_INDEX = 2;

/** The starting guesses with one of them confidently wrong (ŷ = 0.01 where y = 1). */
export const OUTLIER: readonly number[] = START.map((p, i) => (i === OUTLIER_INDEX ? 0.01 : p));

/** Predictions are probabilities; the reader may drag them right onto 0 or 1. */
export const P_MIN = 0;
export const P_MAX = 1;
/** One arrow-key press; PageUp/PageDown move ten of these. */
export const P_STEP = 0.01;

/** Rounds a dragged or keyed value onto the grid of P_STEP inside [P_MIN, P_MAX]. */
export function snapPrediction(value: number): number {
  const snapped = Math.round(value / P_STEP) * P_STEP;
  return Math.min(P_MAX, Math.max(P_MIN, Number(snapped.toFixed(2))));
}
