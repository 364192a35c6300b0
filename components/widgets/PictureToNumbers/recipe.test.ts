import { describe, expect, it } from 'vitest';
import { NEURON } from './neuron';
import { SIDE, pictureFor, trainNeuron } from './recipe';

describe('PictureToNumbers recipe', () => {
  it('ships exactly the weights the engine trains from the written recipe', () => {
    const { weights, bias } = trainNeuron();
    expect(NEURON.weights).toHaveLength(SIDE * SIDE);
    NEURON.weights.forEach((w, i) => expect(Math.abs(w - weights[i]!), `weight ${i}`).toBeLessThanOrEqual(5e-4));
    expect(Math.abs(NEURON.bias - bias)).toBeLessThanOrEqual(5e-4);
  });

  it('draws the same grey picture for the same breed and number, and a different one for the next', () => {
    const first = pictureFor(0, 0);
    expect(first).toHaveLength(SIDE * SIDE);
    expect(first.every((v) => v >= 0 && v <= 1)).toBe(true);
    expect(pictureFor(0, 0)).toEqual(first);
    expect(pictureFor(0, 1)).not.toEqual(first);
  });
});
