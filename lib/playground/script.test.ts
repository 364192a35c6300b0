import { describe, expect, it } from 'vitest';
import { Network, featureRow } from '@/lib/nn';
import { freshNetwork } from './fresh';
import { SAMPLE_POINTS, networkScript, pointSamples, readScript } from './script';
import { defaultState } from './table';

describe('exported Python scripts', () => {
  const state = { ...defaultState(), hidden: [3, 2], activations: ['leakyRelu', 'tanh'] as const, features: ['x1', 'x2', 'x1x2', 'sin1'] as const };
  const json = freshNetwork({ ...state, activations: [...state.activations], features: [...state.features] });
  json.layers[0]!.weights[0]![0] = 0.1234567890123456; // every digit must survive
  json.layers[1]!.biases[1] = -3e-7;

  for (const kind of ['pytorch', 'keras'] as const) {
    it(`${kind}: embeds exactly lib/nn's weights and its predictions for the three sample points`, () => {
      const text = networkScript(kind, json, pointSamples([...state.features]), [...state.features], 'trained 10 steps');
      const read = readScript(text);
      expect(read.weights).toEqual(json.layers.map((l) => l.weights));
      expect(read.biases).toEqual(json.layers.map((l) => l.biases));
      const net = Network.fromJSON(json);
      const want = SAMPLE_POINTS.map(([a, b]) => net.predict([featureRow(a, b, [...state.features])])[0]!);
      expect(read.expected).toEqual(want);
      expect(read.expected).toHaveLength(3);
      // the features are computed in the script as the playground computes them
      expect(text).toContain('return [x1, x2, x1 * x2, math.sin(math.pi * x1)]');
    });
  }

  it('builds each layer with its activation', () => {
    const torch = networkScript('pytorch', json, pointSamples(['x1', 'x2', 'x1x2', 'sin1']), ['x1', 'x2', 'x1x2', 'sin1'], '');
    expect(torch).toMatch(/nn\.Linear\(4, 3\)\)\nlayers\.append\(nn\.LeakyReLU\(0\.01\)\)/);
    expect(torch).toMatch(/nn\.Linear\(3, 2\)\)\nlayers\.append\(nn\.Tanh\(\)\)/);
    expect(torch).toMatch(/nn\.Linear\(2, 1\)\)\nlayers\.append\(nn\.Sigmoid\(\)\)/);
    const keras = networkScript('keras', json, pointSamples(['x1', 'x2', 'x1x2', 'sin1']), ['x1', 'x2', 'x1x2', 'sin1'], '');
    expect(keras).toContain('keras.Input(shape=(4,))');
    expect(keras).toContain('model.add(keras.layers.Dense(3, activation=None))\nmodel.add(keras.layers.LeakyReLU(negative_slope=0.01))');
    expect(keras).toContain('model.add(keras.layers.Dense(1, activation="sigmoid"))');
  });
});
