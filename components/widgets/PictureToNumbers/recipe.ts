import { Network, createOptimizer, oneHot } from '@/lib/nn';
import { dogs, renderDog } from '@/lib/nn/datasets';

/** Pixels per side of every picture the widget shows (the engine's default dog size). */
export const SIDE = 16;

/** Picture k of a breed is drawn from seed FIRST_SEED + k, so "another picture" is deterministic. */
const FIRST_SEED = 1;

/** The grey levels (0 = black, 1 = white), row by row, of picture k of a breed. */
export function pictureFor(breed: number, k: number): number[] {
  return renderDog({ breed, seed: FIRST_SEED + k }).pixels;
}

/**
 * How the neuron shown in the widget got its weights: a one-layer network (256 inputs,
 * one softmax output per breed) starting from all-zero weights, trained by the engine
 * on seeded dog pictures; we show the Dalmatian output. Weight decay keeps pixels that
 * never help near zero, so the picture of the weights stays readable.
 */
export const RECIPE = { pictures: 400, seed: 1, steps: 300, lr: 0.01, weightDecay: 0.05, neuron: 2 } as const;

/** Runs RECIPE with the engine (about half a second, so the widget ships its result in neuron.ts). */
export function trainNeuron(): { weights: number[]; bias: number } {
  const { train } = dogs({ n: RECIPE.pictures, seed: RECIPE.seed });
  const zeros = Array.from({ length: 4 }, () => new Array<number>(SIDE * SIDE).fill(0));
  const network = Network.fromJSON({ layers: [{ weights: zeros, biases: [0, 0, 0, 0], activation: 'softmax' }] });
  const optimizer = createOptimizer({ kind: 'adam', lr: RECIPE.lr, weightDecay: RECIPE.weightDecay });
  const targets = oneHot(train.labels, 4);
  for (let step = 0; step < RECIPE.steps; step++) {
    network.trainStep(train.inputs, targets, { loss: 'softmaxCrossEntropy', optimizer });
  }
  const layer = network.toJSON().layers[0]!;
  return { weights: layer.weights[RECIPE.neuron]!, bias: layer.biases[RECIPE.neuron]! };
}
