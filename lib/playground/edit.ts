// Changes to the setup. Changing the data or the network's shape starts a fresh network
// (the snapshot no longer describes this run); training settings keep the snapshot's weights.
import type { NetworkJSON } from '@/lib/nn';
import { maxNeurons } from './model';
import { LIMITS, type HiddenActivation, type PlaygroundState } from './table';

type Change = (state: PlaygroundState) => PlaygroundState;

/** Settings that only change how the same network trains. */
export const keepsWeights = new Set<keyof PlaygroundState>(['optimizer', 'lr', 'batch', 'l2', 'l1', 'loss', 'showTest', 'discrete', 'challenge']);

/** One control set to a value (a fresh network unless the control keeps the weights). */
export const set = <K extends keyof PlaygroundState>(key: K, value: PlaygroundState[K]): Change => (state) => ({
  ...state,
  [key]: value,
  start: keepsWeights.has(key) ? state.start : null,
});

/** One more hidden layer at the output end, as wide and with the same activation as the last. */
export const addLayer: Change = (state) => {
  if (state.hidden.length >= LIMITS.layers) return state;
  const width = state.hidden[state.hidden.length - 1] ?? Math.min(4, maxNeurons(state.dataset));
  const activation = state.activations[state.activations.length - 1] ?? 'tanh';
  return { ...state, hidden: [...state.hidden, width], activations: [...state.activations, activation], start: null };
};

/** The last hidden layer removed. */
export const removeLayer: Change = (state) =>
  state.hidden.length === 0 ? state : { ...state, hidden: state.hidden.slice(0, -1), activations: state.activations.slice(0, -1), start: null };

/** Layer l's width, kept within 1 and the dataset's maximum. */
export const setNeurons = (l: number, n: number): Change => (state) => {
  const width = Math.max(1, Math.min(maxNeurons(state.dataset), Math.round(n)));
  if (state.hidden[l] === width || state.hidden[l] === undefined) return state;
  return { ...state, hidden: state.hidden.map((old, k) => (k === l ? width : old)), start: null };
};

/** Layer l's activation. */
export const setActivation = (l: number, activation: HiddenActivation): Change => (state) =>
  ({ ...state, activations: state.activations.map((old, k) => (k === l ? activation : old)), start: null });

/** Start from these weights (an edited or imported network), counting steps on from `step`. */
export const startFrom = (network: NetworkJSON, step: number): Change => (state) => ({ ...state, start: { network, step } });
