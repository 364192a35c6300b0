import { createRng, createRngAfter, gaussian, uniform, type Rng } from '../rng';
import { BREEDS, breedShapes } from './breeds';
import { rasterise, type Pose, type Rgb, type Shape } from './raster';
import { splitOrder, type Dataset } from './split';

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

/** One dog's random draws but its pixel noise: its shapes, pose, lighting and background. */
interface DogDraws {
  shapes: Shape[];
  pose: Pose;
  light: number;
  noise: number;
  background: (y: number) => Rgb;
}

/** Makes one dog's draws from `rng` (its pixel noise follows them in the sequence, 2 numbers per pixel value). */
function drawDog(label: number, rng: Rng): DogDraws {
  const { shapes, coat } = breedShapes(label, rng);
  const pose: Pose = {
    mirror: rng() < 0.5,
    scale: uniform(rng, 0.75, 1.05),
    dx: uniform(rng, -0.14, 0.14),
    dy: uniform(rng, -0.1, 0.1),
  };
  const light = uniform(rng, 0.85, 1.1);
  const noise = uniform(rng, 0.02, 0.06);
  return { shapes, pose, light, noise, background: background(rng, coat) };
}

/** Paints a drawn dog into `into` from `offset`, its pixel noise from `rng`. */
function paintDog(dog: DogDraws, rng: Rng, size: number, channels: 1 | 3, into: Float64Array, offset: number): void {
  const pixels = rasterise(dog.shapes, dog.pose, dog.background, size, channels);
  for (let k = 0; k < pixels.length; k++) {
    into[offset + k] = Math.min(1, Math.max(0, pixels[k]! * dog.light + gaussian(rng, 0, dog.noise)));
  }
}

/** One dog picture for the "picture to numbers" widget; the same seed draws the same dog. */
export function renderDog({ breed, seed, size = 16, colour = false }: {
  breed: number | string; seed: number; size?: number; colour?: boolean;
}): DogPicture {
  const label = typeof breed === 'number' ? breed : BREEDS.findIndex((b) => b.id === breed);
  if (!BREEDS[label]) throw new Error(`unknown breed ${String(breed)}`);
  const channels = colour ? 3 : 1;
  const rng = createRng(seed);
  const pixels = new Float64Array(size * size * channels);
  paintDog(drawDog(label, rng), rng, size, channels, pixels, 0);
  return { label, pixels: Array.from(pixels), size, channels };
}

/** One side of a planned set: each picture's breed, and a way to paint any of them. */
export interface PlannedPictures {
  /** breed labels, indices into BREEDS */
  labels: number[];
  /** writes picture k's numbers (`width` of them) into `into` from `offset` */
  paint(k: number, into: Float64Array, offset?: number): void;
}

/**
 * The dog pictures of dogs(), planned: every random draw made but the pixels, so each picture's
 * breed and side are known at once, and each picture is painted when asked for, in any order,
 * the same as dogs() paints it.
 */
export interface DogPlan {
  train: PlannedPictures;
  test: PlannedPictures;
  /** numbers per picture: size × size × channels */
  width: number;
}

/**
 * Plans n seeded dog pictures of the four breeds, labels 0..3 (see BREEDS), split into train and
 * test. A picture's pixel noise is 2 draws per number, skipped here and made when it is painted
 * (createRngAfter), so planning costs a few draws per picture and painting can wait: a trainer
 * answers once the pictures it measures on are painted.
 */
export function planDogs({ n, seed, size = 16, testRatio = 0.2, colour = false, extra = [] }: DogOptions): DogPlan {
  const channels = colour ? 3 : 1;
  const width = size * size * channels;
  let drawn = 0;
  let source = createRng(seed);
  const rng: Rng = () => {
    drawn++;
    return source();
  };
  const labels = Array.from({ length: n }, (_, k) => k % BREEDS.length);
  const dogs = labels.map((label) => {
    const dog = drawDog(label, rng);
    const noiseAt = drawn;
    drawn += 2 * width;
    source = createRngAfter(seed, drawn);
    return { dog, noiseAt };
  });
  const split = splitOrder(n, testRatio, rng);
  const paint = (k: number, into: Float64Array, offset: number) => paintDog(dogs[k]!.dog, createRngAfter(seed, dogs[k]!.noiseAt), size, channels, into, offset);
  for (const own of extra) {
    if (own.pixels.length !== width) throw new Error(`a drawing has ${own.pixels.length} numbers but the pictures have ${width}`);
  }
  return {
    width,
    // the reader's drawings go after the drawn training pictures, so adding one changes no drawn picture or its side
    train: {
      labels: [...split.train.map((k) => labels[k]!), ...extra.map((own) => own.label)],
      paint: (k, into, offset = 0) => (k < split.train.length ? paint(split.train[k]!, into, offset) : into.set(extra[k - split.train.length]!.pixels, offset)),
    },
    test: { labels: split.test.map((k) => labels[k]!), paint: (k, into, offset = 0) => paint(split.test[k]!, into, offset) },
  };
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
 * of in one task of ~0.3-0.9 s (the playground, Chromium). Same draws, same set.
 */
export function* dogsInSteps(options: DogOptions): Generator<void, Dataset> {
  const plan = planDogs(options);
  const row = new Float64Array(plan.width);
  const data: Dataset = { train: { inputs: [], labels: plan.train.labels }, test: { inputs: [], labels: plan.test.labels } };
  for (const side of ['train', 'test'] as const) {
    for (let k = 0; k < data[side].labels.length; k++) {
      plan[side].paint(k, row);
      data[side].inputs.push(Array.from(row));
      yield;
    }
  }
  return data;
}
