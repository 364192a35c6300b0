// The playground's whole setup, declared once: each control's URL key, zod schema and
// default (as tensorflow/playground's PROPS table in state.ts, but typed and validated).
// zod/mini: the table is also read by the epilogue's widget (for its challenge link).
import * as z from 'zod/mini';
import { FEATURE_NAMES, type FeatureName } from '@/lib/nn/features';
import { startSchema, readStart, writeStart } from './start';
import { readAway, writeAway, type Away } from './away';
import { ownAwaySchema, ownSchema, ownValuesSchema, readOwn, writeOwn, type OwnPoints } from './own';
import { drawingsAwaySchema, drawingsSchema, readDrawings, writeDrawings } from './drawings';
import type { OwnPicture } from '@/lib/nn/datasets/index';

/** Datasets: the five 2-D sets with two classes, the dog pictures, the two regression sets, and the reader's own points (of two classes, or with values). */
export const DATASETS = ['circle', 'xor', 'gauss', 'spiral', 'moons', 'dogs', 'plane', 'multigauss', 'own', 'ownvalue'] as const;
export type DatasetKind = (typeof DATASETS)[number];

/** The problem a dataset poses: classes to tell apart, or a number to predict. */
export const PROBLEMS = ['classification', 'regression'] as const;
export type Problem = (typeof PROBLEMS)[number];
/** The regression sets (tensorflow/playground's two, and own points with values); the problem type follows from the dataset, so a link cannot contradict it. */
export const REGRESSION_SETS = ['plane', 'multigauss', 'ownvalue'] as const satisfies readonly DatasetKind[];
export const problemOf = (kind: DatasetKind): Problem => ((REGRESSION_SETS as readonly string[]).includes(kind) ? 'regression' : 'classification');

/** Input features a 2-D set may feed the network (x₁, x₂, their squares, product and sines). */
export const FEATURES = FEATURE_NAMES;

/** Activations a hidden layer may use (softmax is for the breed output only). */
export const HIDDEN_ACTIVATIONS = ['sigmoid', 'tanh', 'relu', 'leakyRelu', 'identity'] as const;
export type HiddenActivation = (typeof HIDDEN_ACTIVATIONS)[number];

export const OPTIMIZERS = ['sgd', 'momentum', 'adam'] as const;
/** Losses for two classes (sigmoid output); the breeds always use softmax cross-entropy. */
export const BINARY_LOSSES = ['bce', 'mse'] as const;

/** Bounds of every numeric control; the sliders and the schemas share them. */
export const LIMITS = {
  layers: 6,
  /** neurons per hidden layer for the 2-D sets, and for pictures */
  neurons: { points: 8, dogs: 64 },
  noise: { min: 0, max: 0.5 },
  testRatio: { min: 0.1, max: 0.9 },
  seed: { min: 0, max: 999_999 },
  lr: { min: 0.00001, max: 10 },
  batch: { min: 1, max: 64 },
  l2: { min: 0, max: 0.1 },
  l1: { min: 0, max: 0.1 },
} as const;

/** One control: where it lives in the URL, what values are allowed, and how it is written. */
export interface Prop<T> {
  key: string;
  schema: z.ZodMiniType<T>;
  default: T;
  /** the value as URL text */
  write: (value: T) => string;
  /** URL text to an unchecked value; the schema decides */
  read: (text: string) => unknown;
}

/**
 * A control from its parts, its schema built the first time a link is read. Building every
 * schema as the module loaded was most of the playground's longest start-up task on a slow
 * phone, and a visit without a link never reads one.
 */
const prop = <T>({ schema, ...rest }: Omit<Prop<T>, 'schema'> & { schema: () => z.ZodMiniType<T> }): Prop<T> => {
  let built: z.ZodMiniType<T> | undefined;
  return {
    ...rest,
    get schema() {
      return (built ??= schema());
    },
  };
};

/** Only plain decimal numbers are numbers here: no hex, no "Infinity", no empty string. */
export const readNumber = (text: string): number =>
  /^-?(\d{1,12}(\.\d{0,12})?|\.\d{1,12})(e-?\d{1,3})?$/i.test(text) ? Number(text) : NaN;
const writeNumber = (v: number) => String(v);
const list = (text: string) => (text === '' ? [] : text.split(',', LIMITS.layers + 1));

const number = (key: string, min: number, max: number, fallback: number) =>
  prop<number>({ key, schema: () => z.number().check(z.minimum(min), z.maximum(max)), default: fallback, write: writeNumber, read: readNumber });
const integer = (key: string, min: number, max: number, fallback: number) =>
  prop<number>({ key, schema: () => z.int().check(z.minimum(min), z.maximum(max)), default: fallback, write: writeNumber, read: readNumber });
const choice = <T extends string>(key: string, options: readonly [T, ...T[]], fallback: T) =>
  prop<T>({ key, schema: () => z.enum(options) as unknown as z.ZodMiniType<T>, default: fallback, write: (v) => v, read: (t) => t });
const flag = (key: string, fallback: boolean) =>
  prop<boolean>({ key, schema: () => z.boolean(), default: fallback, write: (v) => (v ? '1' : '0'), read: (t) => (t === '1' ? true : t === '0' ? false : t) });

/** The table. Defaults follow tensorflow/playground: circle, two tanh layers of 4 and 2, SGD at 0.03, batches of 10. */
export const PROPS = {
  dataset: choice('data', DATASETS, 'circle'),
  noise: number('noise', LIMITS.noise.min, LIMITS.noise.max, 0),
  testRatio: number('test', LIMITS.testRatio.min, LIMITS.testRatio.max, 0.5),
  seed: integer('seed', LIMITS.seed.min, LIMITS.seed.max, 1),
  hidden: prop<number[]>({
    key: 'layers',
    schema: () => z.array(z.int().check(z.minimum(1), z.maximum(LIMITS.neurons.dogs))).check(z.maxLength(LIMITS.layers)),
    default: [4, 2],
    write: (v) => v.join(','),
    read: (t) => list(t).map(readNumber),
  }),
  activations: prop<HiddenActivation[]>({
    key: 'act',
    schema: () => z.array(z.enum(HIDDEN_ACTIVATIONS)).check(z.maxLength(LIMITS.layers)),
    default: ['tanh', 'tanh'],
    write: (v) => v.join(','),
    read: list,
  }),
  loss: choice('loss', BINARY_LOSSES, 'bce'),
  optimizer: choice('opt', OPTIMIZERS, 'sgd'),
  lr: number('lr', LIMITS.lr.min, LIMITS.lr.max, 0.03),
  batch: integer('batch', LIMITS.batch.min, LIMITS.batch.max, 10),
  l2: number('l2', LIMITS.l2.min, LIMITS.l2.max, 0),
  l1: number('l1', LIMITS.l1.min, LIMITS.l1.max, 0),
  /** the network's inputs for a 2-D set, in this order (pictures ignore them) */
  features: prop<FeatureName[]>({
    key: 'feat',
    schema: () => z.array(z.enum(FEATURE_NAMES)).check(
      z.minLength(1, 'at least one input feature'),
      z.maxLength(FEATURE_NAMES.length),
      z.refine((list) => new Set(list).size === list.length, 'an input feature is listed twice'),
    ),
    default: ['x1', 'x2'],
    write: (v) => v.join(','),
    read: (t) => (t === '' ? [] : t.split(',', FEATURE_NAMES.length + 1)),
  }),
  showTest: flag('showtest', false),
  discrete: flag('discrete', false),
  challenge: flag('challenge', false),
  /** the reader's own points (dataset "own"): x,y,label triples in plot units; see own.ts for the limits */
  own: prop<OwnPoints>({ key: 'pts', schema: ownSchema, default: [], write: writeOwn, read: readOwn }),
  /** the reader's own points for regression (dataset "ownvalue"): x,y,value triples, values within ±1 */
  values: prop<OwnPoints>({ key: 'vals', schema: ownValuesSchema, default: [], write: writeOwn, read: readOwn }),
  /** own points (or values) too many for a link: their count and digest; the points are in the JSON export (encodeState fills these in) */
  ownAway: prop<Away | null>({ key: 'ptsfile', schema: ownAwaySchema, default: null, write: writeAway, read: readAway }),
  valuesAway: prop<Away | null>({ key: 'valsfile', schema: ownAwaySchema, default: null, write: writeAway, read: readAway }),
  /** the reader's own drawings, extra training pictures (the link holds a few; more go in the drawings file) */
  drawings: prop<OwnPicture[]>({ key: 'draw', schema: drawingsSchema, default: [], write: writeDrawings, read: readDrawings }),
  /** drawings too many for a link: their count and digest; the drawings are in the drawings file (encodeState fills this in) */
  drawingsAway: prop<Away | null>({ key: 'drawfile', schema: drawingsAwaySchema, default: null, write: writeAway, read: readAway }),
  /** trained (or edited) weights to start from, and the step they were taken at */
  start: prop({ key: 'net', schema: startSchema, default: null, write: writeStart, read: readStart }),
} as const;

/** The setup as the playground holds it: one field per table entry. */
export type PlaygroundState = { -readonly [K in keyof typeof PROPS]: (typeof PROPS)[K] extends Prop<infer T> ? T : never };

/** Version of the URL format; a link with another version opens the defaults. */
export const URL_VERSION = 1;

/** Every control at its default. */
export function defaultState(): PlaygroundState {
  const state = {} as Record<string, unknown>;
  for (const [name, p] of Object.entries(PROPS)) state[name] = structuredClone(p.default);
  return state as PlaygroundState;
}
