/** Index of the largest value (the predicted class). */
export function argmax(values: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i]! > values[best]!) best = i;
  return best;
}

/**
 * Share of examples predicted right: argmax against argmax (or a class index) for several
 * outputs; prediction > 0.5 against target > 0.5 for a single output.
 */
export function accuracy(
  predictions: readonly (readonly number[])[], targets: readonly (readonly number[] | number)[],
): number {
  if (predictions.length !== targets.length) {
    throw new Error(`${predictions.length} predictions but ${targets.length} targets`);
  }
  if (predictions.length === 0) return 0;
  let right = 0;
  predictions.forEach((p, b) => {
    const t = targets[b]!;
    if (p.length === 1) {
      const y = typeof t === 'number' ? t : t[0]!;
      if (p[0]! > 0.5 === y > 0.5) right++;
    } else if (argmax(p) === (typeof t === 'number' ? t : argmax(t))) right++;
  });
  return right / predictions.length;
}

/** A one-hot row per label: oneHot([2], 4) = [[0, 0, 1, 0]]. */
export function oneHot(labels: readonly number[], classes: number): number[][] {
  return labels.map((label) => Array.from({ length: classes }, (_, j) => (j === label ? 1 : 0)));
}
