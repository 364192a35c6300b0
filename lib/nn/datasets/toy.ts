// The 2-D sets of tensorflow/playground, in its units (points within about ±6), then
// divided by SCALE so the network sees inputs within about [-1, 1].
import { createRng, gaussian, uniform, type Rng } from '../rng';
import { splitSet, type Dataset } from './split';

/** Options of every 2-D set. */
export interface ToyOptions {
  /** number of points, train and test together */
  n: number;
  /** 0 = clean; 0.5 = playground's noisiest */
  noise: number;
  seed: number;
  /** share of points held back for testing (default 0.5, as in playground) */
  testRatio?: number;
}

/** Playground units per network input unit: a point at (6, 6) reaches the network as (1, 1). */
export const SCALE = 6;

type Generator = (rng: Rng, n: number, noise: number) => { x: number; y: number; label: number }[];

function build(generate: Generator, { n, noise, seed, testRatio = 0.5 }: ToyOptions): Dataset {
  const rng = createRng(seed);
  const points = generate(rng, n, noise);
  return splitSet(points.map((p) => [p.x / SCALE, p.y / SCALE]), points.map((p) => p.label), testRatio, rng);
}

/** Points a reader gave (flat x, y, label triples in playground units), split with the seed as the generated sets are. */
export interface PointsOptions {
  points: number[];
  seed: number;
  testRatio?: number;
  /** the third number of each point is a value in [−1, 1] to predict (regression), not a class 0 or 1 */
  values?: boolean;
}

/** The reader's own points: the same scaling and seeded split as the generated sets. */
export function points({ points: flat, seed, testRatio = 0.5 }: PointsOptions): Dataset {
  const triples = Array.from({ length: Math.floor(flat.length / 3) }, (_, k) => ({ x: flat[3 * k]!, y: flat[3 * k + 1]!, label: flat[3 * k + 2]! }));
  return build(() => triples, { n: triples.length, noise: 0, seed, testRatio });
}

/** Label 1 inside a disc of radius 2.5, label 0 on a ring from 3.5 to 5. */
export function circle(options: ToyOptions): Dataset {
  return build((rng, n, noise) => Array.from({ length: n }, (_, k) => {
    const r = k < n / 2 ? uniform(rng, 0, 2.5) : uniform(rng, 3.5, 5);
    const angle = uniform(rng, 0, 2 * Math.PI);
    const x = r * Math.sin(angle) + uniform(rng, -5, 5) * noise;
    const y = r * Math.cos(angle) + uniform(rng, -5, 5) * noise;
    return { x, y, label: Math.hypot(x, y) < 2.5 ? 1 : 0 }; // the label follows the noisy point
  }), options);
}

/** Label 1 where x and y have the same sign (quadrants 1 and 3). */
export function xor(options: ToyOptions): Dataset {
  const pad = (v: number) => v + (v > 0 ? 0.3 : -0.3);
  return build((rng, n, noise) => Array.from({ length: n }, () => {
    const x = pad(uniform(rng, -5, 5)) + uniform(rng, -5, 5) * noise;
    const y = pad(uniform(rng, -5, 5)) + uniform(rng, -5, 5) * noise;
    return { x, y, label: x * y >= 0 ? 1 : 0 };
  }), options);
}

/** Two gaussian clouds around (2, 2) (label 1) and (−2, −2) (label 0); noise widens them. */
export function gauss(options: ToyOptions): Dataset {
  return build((rng, n, noise) => {
    const std = Math.sqrt(0.5 + 7 * Math.min(noise, 0.5)); // playground: variance 0.5 → 4
    return Array.from({ length: n }, (_, k) => {
      const c = k < n / 2 ? 2 : -2;
      return { x: gaussian(rng, c, std), y: gaussian(rng, c, std), label: c > 0 ? 1 : 0 };
    });
  }, options);
}

/** Two interleaved arms turning 1.75 times around the origin. */
export function spiral(options: ToyOptions): Dataset {
  return build((rng, n, noise) => Array.from({ length: n }, (_, k) => {
    const arm = k < n / 2 ? 0 : 1;
    const half = Math.ceil(n / 2);
    const i = arm === 0 ? k : k - half;
    const r = (i / half) * 5;
    const t = 1.75 * (i / half) * 2 * Math.PI + arm * Math.PI;
    return { x: r * Math.sin(t) + uniform(rng, -1, 1) * noise, y: r * Math.cos(t) + uniform(rng, -1, 1) * noise, label: 1 - arm };
  }), options);
}

/** Two interleaving half circles (as scikit-learn's make_moons), noise is a gaussian spread. */
export function moons(options: ToyOptions): Dataset {
  return build((rng, n, noise) => Array.from({ length: n }, (_, k) => {
    const inner = k >= n / 2;
    const t = uniform(rng, 0, Math.PI);
    const mx = inner ? 1 - Math.cos(t) : Math.cos(t);
    const my = inner ? 0.5 - Math.sin(t) : Math.sin(t);
    // centre the pair on the origin and stretch to playground units
    const x = 2.5 * (mx - 0.5 + gaussian(rng, 0, noise));
    const y = 2.5 * (my - 0.25 + gaussian(rng, 0, noise));
    return { x, y, label: inner ? 1 : 0 };
  }), options);
}

// Regression sets: the label is a number in [−1, 1] instead of a class (tensorflow/playground's
// "plane" and "multi-Gaussian"). Points are uniform over ±6; noise moves the point the label is
// read at, so a noisy set's labels disagree with their neighbours'.

/** Where the label is read: the point, moved by up to ±6·noise on each axis. */
const regress = (label: (x: number, y: number) => number): Generator => (rng, n, noise) => Array.from({ length: n }, () => {
  const x = uniform(rng, -6, 6);
  const y = uniform(rng, -6, 6);
  return { x, y, label: label(x + uniform(rng, -6, 6) * noise, y + uniform(rng, -6, 6) * noise) };
});

/** A tilted plane: (x + y) / 10, clamped to [−1, 1] by the square's corners only. */
export function plane(options: ToyOptions): Dataset {
  return build(regress((x, y) => Math.max(-1, Math.min(1, (x + y) / 10))), options);
}

/** Six bumps of alternating sign; a point takes the strongest: ±(1 − distance / 2), 0 beyond 2. */
const BUMPS = [[-4, 2.5, 1], [0, 2.5, -1], [4, 2.5, 1], [-4, -2.5, -1], [0, -2.5, 1], [4, -2.5, -1]] as const;

/** The mixture of Gaussians: positive and negative bumps on two rows of three. */
export function multigauss(options: ToyOptions): Dataset {
  return build(regress((x, y) => {
    let label = 0;
    for (const [cx, cy, sign] of BUMPS) {
      const v = sign * Math.max(0, 1 - Math.hypot(x - cx, y - cy) / 2);
      if (Math.abs(v) > Math.abs(label)) label = v;
    }
    return label;
  }), options);
}
