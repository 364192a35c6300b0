// No engine import here (types only): the manifest reads these, and every chapter page carries it.
import type { NetworkJSON } from '../../../lib/nn';

/**
 * Dabai's sticky-note network, 4 inputs → 3 → 2, with hand-picked one-decimal weights
 * a reader can multiply in their head; sigmoid everywhere, so every signal passed on
 * stays between 0 and 1 (chapter 4 explains that step).
 */
export const NETWORK_JSON: NetworkJSON = {
  layers: [
    {
      weights: [
        [0.8, -0.4, 0.6, -0.2],
        [-0.5, 0.9, 0.3, 0.7],
        [0.4, 0.5, -0.9, 0.6],
      ],
      biases: [0.1, -0.3, 0.2],
      activation: 'sigmoid',
    },
    {
      weights: [
        [1.5, -1.2, 0.8],
        [-0.9, 1.3, 1.1],
      ],
      biases: [-0.4, -0.3],
      activation: 'sigmoid',
    },
  ],
};

/** The four inputs the widget starts with (grey levels, like pixels). */
export const START_INPUTS: readonly number[] = [0.9, 0.2, 0.6, 0.4];
