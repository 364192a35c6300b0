import { describe, expect, it } from 'vitest';
import { Network, argmax, featureRow, type FeatureName } from '@/lib/nn';
import { dogs } from '@/lib/nn/datasets/index';
import { freshNetwork } from './fresh';
import { cellMembers, confusionMatrix, neuronAt, neuronMaps } from './inspect';
import { defaultState } from './table';

const features: FeatureName[] = ['x1', 'x2sq', 'sin2'];
const json = freshNetwork({ ...defaultState(), hidden: [3, 2], activations: ['tanh', 'relu'], features });
const grid = { xMin: -1, xMax: 1, yMin: -1, yMax: 1, nx: 7, ny: 5 };

describe('hidden neurons', () => {
  it('each neuron map equals lib/nn\'s output for that neuron at every grid point (through the features)', () => {
    const net = Network.fromJSON(json);
    const maps = neuronMaps(json, grid, features);
    expect(maps.map((layer) => layer.length)).toEqual([3, 2]);
    for (let row = 0; row < grid.ny; row++) for (let col = 0; col < grid.nx; col++) {
      const x1 = -1 + col / 3;
      const x2 = -1 + row / 2;
      const trace = net.forwardTrace(featureRow(x1, x2, features));
      maps.forEach((layer, l) => layer.forEach((m, j) => expect(m.values[row * grid.nx + col]).toBeCloseTo(trace.outputs[l]![j]!, 12)));
    }
    expect(maps[0]![0]!.domain).toEqual([-1, 1]); // tanh
  });

  it('a neuron at a point: its terms add up to the sum lib/nn computes, and the activation gives its output', () => {
    const at = neuronAt(json, features, [0.5, -0.25], 1, 1);
    const net = Network.fromJSON(json);
    const trace = net.forwardTrace(featureRow(0.5, -0.25, features));
    expect(at.terms.map((t) => t.value)).toEqual(trace.outputs[0]);
    expect(at.terms.map((t) => t.weight)).toEqual(json.layers[1]!.weights[1]);
    expect(at.terms.reduce((s, t) => s + t.weight * t.value, at.bias)).toBeCloseTo(at.sum, 12);
    expect(at.output).toBe(Math.max(0, at.sum));
    const first = neuronAt(json, features, [0.5, -0.25], 0, 2);
    expect(first.terms.map((t) => t.value)).toEqual([0.5, 0.0625, Math.sin(-Math.PI / 4)]);
    expect(first.output).toBeCloseTo(Math.tanh(first.sum), 14);
  });
});

describe('confusion matrix cells', () => {
  it('the pictures listed in a cell are exactly those lib/nn puts there, and every picture is in one cell', () => {
    const data = dogs({ n: 120, seed: 3 });
    const net = Network.fromJSON(freshNetwork({ ...defaultState(), dataset: 'dogs', hidden: [8], activations: ['relu'], seed: 5 }));
    const { inputs, labels } = data.test;
    const counts = confusionMatrix(net, inputs, labels, 4);
    const outputs = net.predict(inputs);
    const seen = new Set<number>();
    let filled = 0;
    for (let a = 0; a < 4; a++) for (let g = 0; g < 4; g++) {
      const members = cellMembers(outputs, labels, a, g);
      expect(members.length).toBe(counts[a]![g]);
      for (const k of members) {
        // each picture on its own through lib/nn: its true breed is the row, its best score the column
        expect(labels[k]).toBe(a);
        expect(argmax(net.predict([inputs[k]!])[0]!)).toBe(g);
        expect(seen.has(k)).toBe(false);
        seen.add(k);
      }
      if (members.length) filled++;
    }
    expect(seen.size).toBe(inputs.length);
    expect(filled).toBeGreaterThan(1); // a real spread, not one cell holding everything
  });
});
