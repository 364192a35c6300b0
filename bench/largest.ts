// The largest setup the playground's table allows for pictures, as both playground benches open it.
import { LIMITS, defaultState, type PlaygroundState } from '../lib/playground/table';

/** Every layer, each as wide as allowed, the most training pictures. */
export const largest: PlaygroundState = {
  ...defaultState(),
  dataset: 'dogs',
  hidden: Array.from({ length: LIMITS.layers }, () => LIMITS.neurons.dogs),
  activations: Array.from({ length: LIMITS.layers }, () => 'relu' as const),
  testRatio: LIMITS.testRatio.min,
  optimizer: 'adam',
  lr: 0.003,
  batch: 10,
};
