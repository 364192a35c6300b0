import { describe, expect, it } from 'vitest';
import { Network } from '@/lib/nn';
import { columnSizes, diagramLayout } from './diagramLayout';
import { threshold } from './drawDense';

describe('the dense diagram', () => {
  const layers = Network.create({ sizes: [64, 64, 4], activation: 'relu', outputActivation: 'softmax', seed: 3 }).toJSON().layers;

  it('keeps exactly the strongest weights of a layer: as many as asked, none weaker than those left out', () => {
    const weights = layers[0]!.weights;
    const least = threshold(weights.flat(), 256);
    const sizes = weights.flat().map(Math.abs);
    const kept = sizes.filter((v) => v >= least);
    expect(kept).toHaveLength(256);
    expect(Math.max(...sizes.filter((v) => v < least))).toBeLessThan(Math.min(...kept));
    // a layer with no more weights than asked keeps them all
    expect(threshold(layers[1]!.weights.flat(), 256)).toBe(0);
  });

  it('places every neuron inside the box, a column of four outputs spread apart', () => {
    const sizes = columnSizes(layers);
    expect(sizes).toEqual([64, 64, 4]);
    const layout = diagramLayout(sizes, 460, 300, 24);
    for (const [column, n] of sizes.entries()) {
      for (const index of [0, n - 1]) {
        expect(layout.y(column, index)).toBeGreaterThan(0);
        expect(layout.y(column, index)).toBeLessThan(300);
      }
    }
    expect(layout.gap(2)).toBe(24);
    expect(diagramLayout(sizes, 460, 300).gap(2)).toBeCloseTo(layout.radius * 3.2);
  });
});
