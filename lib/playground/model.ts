// What a playground setup trains: the network's shape, its output and loss, the data.
import type { ActivationName, LossName, NetworkJSON } from '@/lib/nn';
import type { DatasetSpec } from '@/lib/nn/datasets/index';
import { pointCount } from './own';
import { LIMITS, problemOf, type DatasetKind, type PlaygroundState } from './table';

/** Points in a 2-D set (train and test together), as in tensorflow/playground. */
export const POINTS = 500;
/** Dog pictures (train and test together): enough for 90 % test accuracy within seconds. */
export const PICTURES = 1200;
/** Examples of each set the trainer measures loss and accuracy on (and the confusion matrix uses). */
export const EVAL_SIZE = 256;
/** Picture side in pixels. */
export const SIDE = 16;

export const isPictures = (kind: DatasetKind) => kind === 'dogs';

export const isRegression = (kind: DatasetKind) => problemOf(kind) === 'regression';

/** The reader's own points: of two classes ("own") or with values to predict ("ownvalue"). */
export const isOwn = (kind: DatasetKind) => kind === 'own' || kind === 'ownvalue';

/** The own points a setup trains on (its classes or its values). */
export const ownPoints = (state: Pick<PlaygroundState, 'dataset' | 'own'> & Partial<Pick<PlaygroundState, 'values'>>) =>
  (state.dataset === 'ownvalue' ? (state.values ?? []) : state.own);

/** Inputs and outputs of the network a dataset needs: one input per feature → 1 for points, 256 → 4 for breeds. */
export const ends = (kind: DatasetKind, features: readonly string[] = ['x1', 'x2']) =>
  (isPictures(kind) ? { inputs: SIDE * SIDE, outputs: 4 } : { inputs: features.length, outputs: 1 });

/** Largest hidden layer the dataset allows. */
export const maxNeurons = (kind: DatasetKind) => (isPictures(kind) ? LIMITS.neurons.dogs : LIMITS.neurons.points);

/**
 * Output activation matched to the problem: sigmoid for two classes, softmax for breeds, and a
 * linear output for regression (as tensorflow/playground), so it can reach any number.
 */
export const outputActivation = (kind: DatasetKind): ActivationName =>
  (isPictures(kind) ? 'softmax' : isRegression(kind) ? 'identity' : 'sigmoid');

/** Loss matched to the problem: the chosen BCE or MSE for two classes, cross-entropy for breeds, MSE for regression. */
export const lossOf = (state: Pick<PlaygroundState, 'dataset' | 'loss'>): LossName =>
  isPictures(state.dataset) ? 'softmaxCrossEntropy' : isRegression(state.dataset) ? 'mse' : state.loss;

/** Examples in the training set (splitSet holds back round(n · testRatio) for testing). */
export function trainSizeOf(state: Pick<PlaygroundState, 'dataset' | 'testRatio' | 'own'> & Partial<Pick<PlaygroundState, 'drawings' | 'values'>>): number {
  const n = isPictures(state.dataset) ? PICTURES : isOwn(state.dataset) ? pointCount(ownPoints(state)) : POINTS;
  const own = isPictures(state.dataset) ? (state.drawings?.length ?? 0) : 0; // appended to the pictures' train split
  return n - Math.round(n * state.testRatio) + own;
}

/** Neurons per layer, inputs first. */
export function sizesOf(state: Pick<PlaygroundState, 'dataset' | 'hidden' | 'features'>): number[] {
  const { inputs, outputs } = ends(state.dataset, state.features);
  return [inputs, ...state.hidden, outputs];
}

/** The dataset a setup trains on. */
export function datasetSpec(state: Pick<PlaygroundState, 'dataset' | 'noise' | 'testRatio' | 'seed' | 'own'> & Partial<Pick<PlaygroundState, 'drawings' | 'values'>>): DatasetSpec {
  if (state.dataset === 'own') return { kind: 'points', points: state.own, seed: state.seed, testRatio: state.testRatio };
  if (state.dataset === 'ownvalue') return { kind: 'points', points: state.values ?? [], values: true, seed: state.seed, testRatio: state.testRatio };
  const own = state.drawings ?? [];
  // `extra` only when there are drawings, so a setup without them keeps its spec (and its run's key)
  return state.dataset === 'dogs'
    ? { kind: 'dogs', n: PICTURES, seed: state.seed, testRatio: state.testRatio, ...(own.length ? { extra: own } : {}) }
    : { kind: state.dataset, n: POINTS, noise: state.noise, seed: state.seed, testRatio: state.testRatio };
}

/** Why these weights cannot be this setup's network, or null when they fit. */
export function shapeProblem(state: PlaygroundState, network: NetworkJSON): string | null {
  const sizes = sizesOf(state);
  const actual = [network.layers[0]!.weights[0]!.length, ...network.layers.map((l) => l.biases.length)];
  if (actual.join(',') !== sizes.join(',')) return `the weights are for a ${actual.join('-')} network, the setup is ${sizes.join('-')}`;
  const wanted = [...state.activations, outputActivation(state.dataset)];
  const got = network.layers.map((l) => l.activation);
  if (got.join(',') !== wanted.join(',')) return `the weights use ${got.join(', ')}, the setup ${wanted.join(', ')}`;
  return null;
}

/** Why the controls contradict each other, or null. */
export function consistencyProblem(state: PlaygroundState): string | null {
  if (state.activations.length !== state.hidden.length) {
    return `${state.hidden.length} hidden layers but ${state.activations.length} activations`;
  }
  const most = maxNeurons(state.dataset);
  if (state.hidden.some((n) => n > most)) return `at most ${most} neurons per layer for ${state.dataset}`;
  return state.start ? shapeProblem(state, state.start.network) : null;
}
