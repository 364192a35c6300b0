// Conversions between the widgets' rows of numbers and the engine's flat arrays.

/** n rows of k numbers, copied out of a flat row-major array. */
export const toRows = (flat: Float64Array, n: number, k: number): number[][] =>
  Array.from({ length: n }, (_, b) => Array.from(flat.subarray(b * k, b * k + k)));

/** Copies rows of numbers into one flat array, checking each row has `width` entries. */
export function toFlat(rows: readonly (readonly number[])[], width: number, what: string): Float64Array {
  const flat = new Float64Array(rows.length * width);
  rows.forEach((row, b) => {
    if (row.length !== width) throw new Error(`${what} ${b} has ${row.length} values, expected ${width}`);
    flat.set(row, b * width);
  });
  return flat;
}

/** Examples evaluated at once by predictFlat/evaluateFlat, so large sets need no large buffers. */
export const CHUNK = 256;
