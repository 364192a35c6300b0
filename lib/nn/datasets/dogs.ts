import { createRng, gaussian, uniform, type Rng } from '../rng';
import { BREEDS, breedShapes } from './breeds';
import { rasterise, type Pose, type Rgb } from './raster';
import { splitSet, type Dataset } from './split';

/** Options of the dog-breed pictures. */
export interface DogOptions {
  /** number of pictures, train and test together (classes take turns) */
  n: number;
  seed: number;
  /** pixels per side (default 16) */
  size?: number;
  /** share held back for testing (default 0.2) */
  testRatio?: number;
  /** RGB (3 numbers per pixel) instead of grey (default false) */
  colour?: boolean;
  /** a reader's own drawings, appended to the train split (the drawn pictures keep their split) */
  extra?: OwnPicture[];
}

/** A picture someone made, as a new training example of a breed. */
export interface OwnPicture {
  /** breed label, an index into BREEDS */
  label: number;
  /** size × size grey levels in [0, 1], row by row */
  pixels: number[];
}

/** One rendered dog: the numbers a network reads, row by row. */
export interface DogPicture {
  /** breed label, an index into BREEDS */
  label: number;
  /** pixel values in [0, 1], row-major; RGB triples when colour is on */
  pixels: number[];
  size: number;
  channels: 1 | 3;
}

const luminance = (c: Rgb): number => 0.299 * c[0] + 0.587 * c[1] + 0.114 * c[2];

/**
 * A random background that stands out from the dog's coat (brightness differing by 0.35 to
 * 0.55, darker or lighter when both fit), so every dog is visible in grey too, while a
 * dark dog on a light ground and a light dog on a dark ground are both possible.
 */
function background(rng: Rng, coat: Rgb): (y: number) => Rgb {
  const gap = uniform(rng, 0.35, 0.55);
  const options = [luminance(coat) - gap, luminance(coat) + gap].filter((v) => v > 0.03 && v < 0.97);
  const target = options[Math.floor(rng() * options.length)] ?? (luminance(coat) > 0.5 ? 0.05 : 0.95);
  const tint: Rgb = [uniform(rng, 0.3, 1), uniform(rng, 0.3, 1), uniform(rng, 0.3, 1)];
  const base = tint.map((v) => v * (target / luminance(tint)));
  const fade = uniform(rng, -0.1, 0.1); // a light gradient from top to bottom
  return (y) => base.map((v) => Math.min(1, Math.max(0, v + fade * (y - 0.5)))) as unknown as Rgb;
}

/** Draws one dog with a random pose, lighting, background and pixel noise from `rng`. */
function drawDog(label: number, rng: Rng, size: number, channels: 1 | 3): Float64Array {
  const { shapes, coat } = breedShapes(label, rng);
  const pose: Pose = {
    mirror: rng() < 0.5,
    scale: uniform(rng, 0.75, 1.05),
    dx: uniform(rng, -0.14, 0.14),
    dy: uniform(rng, -0.1, 0.1),
  };
  const light = uniform(rng, 0.85, 1.1);
  const noise = uniform(rng, 0.02, 0.06);
  const pixels = rasterise(shapes, pose, background(rng, coat), size, channels);
  for (let k = 0; k < pixels.length; k++) {
    pixels[k] = Math.min(1, Math.max(0, pixels[k]! * light + gaussian(rng, 0, noise)));
  }
  return pixels;
}

/** One dog picture for the "picture to numbers" widget; the same seed draws the same dog. */
export function renderDog({ breed, seed, size = 16, colour = false }: {
  breed: number | string; seed: number; size?: number; colour?: boolean;
}): DogPicture {
  const label = typeof breed === 'number' ? breed : BREEDS.findIndex((b) => b.id === breed);
  if (!BREEDS[label]) throw new Error(`unknown breed ${String(breed)}`);
  const channels = colour ? 3 : 1;
  return { label, pixels: Array.from(drawDog(label, createRng(seed), size, channels)), size, channels };
}

/** n seeded dog pictures of the four breeds, labels 0..3 (see BREEDS), split into train and test. */
export function dogs(options: DogOptions): Dataset {
  const steps = dogsInSteps(options);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * dogs(), one picture per step: a page can draw 1200 pictures across several frames instead
 * of in one task of ~0.3-0.9 s (the playground, Chromium). Same draws, same order, same set.
 */
export function* dogsInSteps({ n, seed, size = 16, testRatio = 0.2, colour = false, extra = [] }: DogOptions): Generator<void, Dataset> {
  const rng = createRng(seed);
  const labels = Array.from({ length: n }, (_, k) => k % BREEDS.length);
  const inputs: number[][] = [];
  for (const label of labels) {
    inputs.push(Array.from(drawDog(label, rng, size, colour ? 3 : 1)));
    yield;
  }
  const data = splitSet(inputs, labels, testRatio, rng);
  // after the split and its draws from rng, so adding a drawing changes no drawn picture or its side
  for (const own of extra) {
    data.train.inputs.push([...own.pixels]);
    data.train.labels.push(own.label);
  }
  return data;
}
