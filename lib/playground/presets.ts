// Prepared setups: what the pictures need, what the 2-D sets start with, and the challenge.
import { isPictures } from './model';
import type { OwnPoints } from './own';
import { defaultState, type PlaygroundState } from './table';

type Training = Pick<PlaygroundState, 'hidden' | 'activations' | 'optimizer' | 'lr' | 'batch' | 'l2' | 'l1' | 'testRatio'>;

/** The 2-D sets' training setup (tensorflow/playground's defaults). */
export const POINTS_SETUP: Training = (() => {
  const d = defaultState();
  return { hidden: d.hidden, activations: d.activations, optimizer: d.optimizer, lr: d.lr, batch: d.batch, l2: d.l2, l1: d.l1, testRatio: d.testRatio };
})();

/**
 * Pictures need more: one leaky-ReLU layer of 16 and Adam reach 90 % test accuracy on the
 * four breeds in about 800 steps (lib/nn's dogs difficulty test trains a 64-neuron layer the same way).
 */
export const DOGS_SETUP: Training = {
  hidden: [16], activations: ['leakyRelu'], optimizer: 'adam', lr: 0.003, batch: 64, l2: 0, l1: 0, testRatio: 0.2,
};

/** The epilogue's challenge: this test accuracy on the breeds with at most this many hidden neurons. */
export const CHALLENGE = { accuracy: 0.9, maxHidden: 16 } as const;

/** Where the challenge starts: the pictures and a small network that does not get there as it is. */
export function challengeState(): PlaygroundState {
  return {
    ...defaultState(),
    dataset: 'dogs',
    hidden: [4], activations: ['sigmoid'], optimizer: 'sgd', lr: 0.1, batch: 16, l2: 0, l1: 0, testRatio: 0.2,
    challenge: true,
  };
}

/** Hidden neurons in all, the quantity the challenge limits. */
export const hiddenNeurons = (state: Pick<PlaygroundState, 'hidden'>) => state.hidden.reduce((a, b) => a + b, 0);

/** The challenge is met: breeds, few enough hidden neurons, and the test accuracy reached. */
export function challengeMet(state: PlaygroundState, testAccuracy: number): boolean {
  return state.dataset === 'dogs' && hiddenNeurons(state) <= CHALLENGE.maxHidden && testAccuracy >= CHALLENGE.accuracy;
}

/** Another dataset; moving between points and pictures loads that family's training setup too. */
export function withDataset(state: PlaygroundState, dataset: PlaygroundState['dataset']): PlaygroundState {
  // own data opens with a few points of each class to add to, so there is a run from the start
  if (dataset === 'own' && state.own.length === 0) return withDataset({ ...state, own: OWN_STARTER }, dataset);
  if (dataset === 'ownvalue' && state.values.length === 0) return withDataset({ ...state, values: VALUES_STARTER }, dataset);
  if (isPictures(dataset) === isPictures(state.dataset)) return { ...state, dataset, start: null };
  return { ...state, ...(isPictures(dataset) ? DOGS_SETUP : POINTS_SETUP), dataset, start: null };
}

/** The own-data set's first points: three orange at the top right, three blue at the bottom left. */
export const OWN_STARTER: OwnPoints = [2, 3, 1, 3, 2, 1, 3.5, 3.5, 1, -2, -3, 0, -3, -2, 0, -3.5, -3.5, 0];

/** The own values' first points: a slope, 1 at the top right down to −1 at the bottom left. */
export const VALUES_STARTER: OwnPoints = [3, 3, 1, 1.5, 1.5, 0.5, 0, 0, 0, -1.5, -1.5, -0.5, -3, -3, -1, 3, -3, 0, -3, 3, 0];
