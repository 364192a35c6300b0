// Input features of a 2-D point, as tensorflow/playground offers them: the network sees the
// chosen functions of (x₁, x₂) instead of the point itself, so a good feature can do the work
// of a hidden layer (x₁² + x₂² alone separates the circle).
import type { Network } from './network';
import { predictOutput, type GridSpec } from './grid';

/** Names of the features, in the order the network's inputs take them. */
export const FEATURE_NAMES = ['x1', 'x2', 'x1sq', 'x2sq', 'x1x2', 'sin1', 'sin2'] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];

/** The plain point: what a network without chosen features sees. */
export const PLAIN: readonly FeatureName[] = ['x1', 'x2'];

/**
 * Each feature of a point (x₁, x₂ in network units, about −1 to 1). The sines take π·x so
 * that one period spans the square, as sin x does over tensorflow/playground's −6 to 6
 * (its units are 6 of ours; sin x₁ in our units would be nearly x₁ itself).
 */
export const FEATURES: Readonly<Record<FeatureName, (x1: number, x2: number) => number>> = {
  x1: (x1) => x1,
  x2: (_, x2) => x2,
  x1sq: (x1) => x1 * x1,
  x2sq: (_, x2) => x2 * x2,
  x1x2: (x1, x2) => x1 * x2,
  sin1: (x1) => Math.sin(Math.PI * x1),
  sin2: (_, x2) => Math.sin(Math.PI * x2),
};

/** Throws unless `features` is a non-empty list of known names without repeats. */
export function checkFeatures(features: readonly string[]): asserts features is readonly FeatureName[] {
  if (features.length === 0) throw new Error('at least one input feature is needed');
  const seen = new Set<string>();
  for (const f of features) {
    if (!(FEATURE_NAMES as readonly string[]).includes(f)) throw new Error(`unknown input feature "${f}"`);
    if (seen.has(f)) throw new Error(`input feature "${f}" given twice`);
    seen.add(f);
  }
}

/** One point's feature row. */
export function featureRow(x1: number, x2: number, features: readonly FeatureName[]): number[] {
  return features.map((f) => FEATURES[f](x1, x2));
}

/** Points (rows of x₁, x₂) as feature rows; the plain features give the rows back unchanged. */
export function expandRows(rows: readonly (readonly number[])[], features: readonly FeatureName[]): number[][] {
  return rows.map((p) => featureRow(p[0]!, p[1]!, features));
}

/**
 * One output of a network over the grid's points, each point turned into its features first:
 * predictGrid for a network whose inputs are features. out[row * nx + col], row 0 at yMin.
 */
export function predictFeatureGrid(network: Network, spec: GridSpec, features: readonly FeatureName[], out = new Float64Array(spec.nx * spec.ny)): Float64Array {
  const { xMin, xMax, yMin, yMax, nx, ny } = spec;
  const m = features.length;
  if (network.inputSize !== m) throw new Error(`the network takes ${network.inputSize} inputs but ${m} features are on`);
  const n = nx * ny;
  const x = new Float64Array(m * n);
  const dx = nx > 1 ? (xMax - xMin) / (nx - 1) : 0;
  const dy = ny > 1 ? (yMax - yMin) / (ny - 1) : 0;
  const fns = features.map((f) => FEATURES[f]);
  for (let row = 0; row < ny; row++) {
    for (let col = 0; col < nx; col++) {
      const p = row * nx + col;
      const x1 = xMin + col * dx;
      const x2 = yMin + row * dy;
      for (let i = 0; i < m; i++) x[p * m + i] = fns[i]!(x1, x2);
    }
  }
  return predictOutput(network, x, n, spec.output ?? 0, out);
}
