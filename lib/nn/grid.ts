import type { Network } from './network';

/** The rectangle and resolution of a decision-boundary picture. */
export interface GridSpec {
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
  /** columns (samples along x) */
  nx: number;
  /** rows (samples along y) */
  ny: number;
  /** which output to map (default 0; use 1 for class 1 of a two-way softmax) */
  output?: number;
}

/** Reusable inputs per network, so repeated grids allocate nothing. */
const inputCache = new WeakMap<Network, Float64Array>();

/**
 * One output of a 2-input network at nx × ny points, row by row from yMin to yMax,
 * x from xMin to xMax (both ends included): out[row * nx + col].
 */
export function predictGrid(network: Network, spec: GridSpec, out = new Float64Array(spec.nx * spec.ny)): Float64Array {
  const { xMin, xMax, yMin, yMax, nx, ny } = spec;
  if (network.inputSize !== 2) throw new Error(`predictGrid needs 2 inputs, the network has ${network.inputSize}`);
  const n = nx * ny;
  let x = inputCache.get(network);
  if (!x || x.length < 2 * n) {
    x = new Float64Array(2 * n);
    inputCache.set(network, x);
  }
  const dx = nx > 1 ? (xMax - xMin) / (nx - 1) : 0;
  const dy = ny > 1 ? (yMax - yMin) / (ny - 1) : 0;
  for (let row = 0; row < ny; row++) {
    for (let col = 0; col < nx; col++) {
      const k = 2 * (row * nx + col);
      x[k] = xMin + col * dx;
      x[k + 1] = yMin + row * dy;
    }
  }
  return predictOutput(network, x, n, spec.output ?? 0, out);
}

/** Output `j` of the network for `n` input rows `x`, into `out`. */
export function predictOutput(network: Network, x: Float64Array, n: number, j: number, out: Float64Array<ArrayBuffer>): Float64Array {
  const k = network.outputSize;
  if (j >= k) throw new Error(`output ${j} asked of a network with ${k} outputs`);
  if (k === 1) return network.predictFlat(x, n, out);
  const all = network.predictFlat(x, n);
  for (let p = 0; p < n; p++) out[p] = all[p * k + j]!;
  return out;
}
