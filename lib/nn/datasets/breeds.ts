// Each breed as a side view facing right, standing on y ≈ 0.85 in a unit square, with
// the features that tell it apart: corgi (long body, short legs, big upright ears),
// husky (pointy ears, dark top and light face), dalmatian (white with dark spots, long
// legs), poodle (round puffs, pom-pom tail).
import { uniform, type Rng } from '../rng';
import type { Rgb, Shape } from './raster';

/** A breed's id and its name in both languages. */
export interface Breed {
  id: 'corgi' | 'husky' | 'dalmatian' | 'poodle';
  zh: string;
  en: string;
}

/** The breeds, in label order: label k is BREEDS[k]. */
export const BREEDS: readonly Breed[] = [
  { id: 'corgi', zh: '柯基', en: 'Corgi' },
  { id: 'husky', zh: '哈士奇', en: 'Husky' },
  { id: 'dalmatian', zh: '斑点狗', en: 'Dalmatian' },
  { id: 'poodle', zh: '贵宾犬', en: 'Poodle' },
];

const shade = (c: Rgb, f: number): Rgb => [Math.min(1, c[0] * f), Math.min(1, c[1] * f), Math.min(1, c[2] * f)];
const ellipse = (cx: number, cy: number, rx: number, ry: number, colour: Rgb, curly = false): Shape =>
  ({ kind: 'ellipse', cx, cy, rx, ry, colour, curly });
const rect = (x: number, y: number, w: number, h: number, colour: Rgb): Shape => ({ kind: 'rect', x, y, w, h, colour });
const triangle = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number, colour: Rgb): Shape =>
  ({ kind: 'triangle', points: [ax, ay, bx, by, cx, cy], colour });
/** Four legs hanging from y = top down to y = bottom, at the given x positions. */
const legs = (xs: number[], top: number, bottom: number, width: number, colour: Rgb): Shape[] =>
  xs.map((x) => rect(x, top, width, bottom - top, colour));

const WHITE: Rgb = [0.95, 0.94, 0.9];

function corgi(rng: Rng): Shape[] {
  const coats: Rgb[] = [[0.88, 0.55, 0.22], [0.62, 0.38, 0.18], [0.16, 0.14, 0.13]]; // red, sable, tricolour
  const fur = shade(coats[Math.floor(rng() * coats.length)]!, uniform(rng, 0.85, 1.1));
  const leg = uniform(rng, 0.09, 0.12);
  return [
    ellipse(0.14, 0.55, 0.045, 0.03, fur),
    ...legs([0.2, 0.29, 0.58, 0.66], 0.66, 0.68 + leg, 0.055, fur),
    ellipse(0.44, 0.6, 0.31, 0.12, fur),
    ellipse(0.47, 0.67, 0.24, 0.055, WHITE),
    triangle(0.69, 0.42, 0.72, 0.18, 0.78, 0.38, fur),
    triangle(0.78, 0.38, 0.85, 0.17, 0.88, 0.41, fur),
    ellipse(0.79, 0.46, 0.11, 0.1, fur),
    ellipse(0.88, 0.51, 0.06, 0.04, WHITE),
  ];
}

function husky(rng: Rng): Shape[] {
  const coats: Rgb[] = [[0.3, 0.31, 0.34], [0.58, 0.34, 0.2], [0.62, 0.62, 0.65], [0.12, 0.12, 0.13]];
  const dark = shade(coats[Math.floor(rng() * coats.length)]!, uniform(rng, 0.85, 1.15));
  const leg = uniform(rng, 0.2, 0.25);
  return [
    ellipse(0.18, 0.37, 0.06, 0.08, dark),
    ellipse(0.19, 0.39, 0.03, 0.04, WHITE),
    ...legs([0.25, 0.33, 0.58, 0.66], 0.6, 0.6 + leg, 0.05, WHITE),
    ellipse(0.45, 0.52, 0.26, 0.13, dark),
    ellipse(0.47, 0.6, 0.2, 0.06, WHITE),
    triangle(0.69, 0.3, 0.71, 0.15, 0.76, 0.27, dark),
    triangle(0.77, 0.27, 0.81, 0.14, 0.84, 0.3, dark),
    ellipse(0.77, 0.37, 0.1, 0.1, WHITE),
    ellipse(0.77, 0.3, 0.1, 0.055, dark), // the mask: dark cap over a light face
    ellipse(0.87, 0.41, 0.05, 0.035, WHITE),
  ];
}

function dalmatian(rng: Rng): Shape[] {
  const ink = shade(rng() < 0.7 ? [0.12, 0.12, 0.13] : [0.42, 0.22, 0.12], uniform(rng, 0.8, 1.3)); // black or liver
  const leg = uniform(rng, 0.25, 0.3);
  const spots = Array.from({ length: 7 + Math.floor(rng() * 6) }, () => {
    const onHead = rng() < 0.2;
    const cx = onHead ? uniform(rng, 0.7, 0.82) : uniform(rng, 0.25, 0.65);
    const cy = onHead ? uniform(rng, 0.28, 0.4) : uniform(rng, 0.43, 0.58);
    const r = uniform(rng, 0.025, 0.045);
    return ellipse(cx, cy, r, r, ink);
  });
  return [
    triangle(0.21, 0.45, 0.21, 0.5, 0.08, 0.62, WHITE),
    ...legs([0.25, 0.32, 0.58, 0.65], 0.57, 0.57 + leg, 0.04, WHITE),
    ellipse(0.45, 0.5, 0.25, 0.11, WHITE),
    ellipse(0.76, 0.34, 0.08, 0.09, WHITE),
    ellipse(0.85, 0.38, 0.06, 0.035, WHITE),
    ...spots,
    ellipse(0.71, 0.37, 0.03, 0.07, ink),
  ];
}

function poodle(rng: Rng): Shape[] {
  const palette: Rgb[] = [WHITE, [0.15, 0.13, 0.12], [0.85, 0.62, 0.38], [0.55, 0.55, 0.57]];
  const fur = shade(palette[Math.floor(rng() * palette.length)]!, uniform(rng, 0.9, 1.1));
  const skin = shade(fur, 0.85);
  return [
    rect(0.19, 0.34, 0.02, 0.14, skin),
    ellipse(0.19, 0.31, 0.055, 0.055, fur, true),
    ...legs([0.3, 0.38, 0.56, 0.63], 0.58, 0.82, 0.03, skin),
    ...[0.315, 0.395, 0.575, 0.645].map((x) => ellipse(x, 0.83, 0.045, 0.035, fur, true)),
    ellipse(0.37, 0.5, 0.13, 0.11, fur, true),
    ellipse(0.57, 0.48, 0.12, 0.12, fur, true),
    ellipse(0.74, 0.2, 0.075, 0.065, fur, true),
    ellipse(0.75, 0.3, 0.09, 0.09, fur, true),
    ellipse(0.69, 0.37, 0.045, 0.075, fur, true),
    ellipse(0.86, 0.34, 0.065, 0.03, skin),
  ];
}

/** The shapes of one dog of breed `label`, with its own small variations, and its main coat colour. */
export function breedShapes(label: number, rng: Rng): { shapes: Shape[]; coat: Rgb } {
  const draw = [corgi, husky, dalmatian, poodle][label];
  if (!draw) throw new Error(`unknown breed label ${label}`);
  const shapes = draw(rng);
  // the coat is the colour of the largest ellipse (the body)
  const area = (s: Shape) => (s.kind === 'ellipse' ? s.rx * s.ry : 0);
  const body = shapes.reduce((best, s) => (area(s) > area(best) ? s : best));
  return { shapes, coat: body.colour };
}
