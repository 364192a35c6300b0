import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BREEDS, createDataset, dogs, planDogs, renderDog, type DatasetSpec, type DogOptions, type ToyKind } from './index';

const kinds: ToyKind[] = ['circle', 'xor', 'gauss', 'spiral', 'moons'];

describe('2-D datasets', () => {
  it.each(kinds)('%s: same seed, same points; another seed, other points', (kind) => {
    const spec: DatasetSpec = { kind, n: 200, noise: 0.2, seed: 3 };
    const a = createDataset(spec);
    expect(createDataset(spec)).toEqual(a);
    expect(createDataset({ ...spec, seed: 4 }).train.inputs).not.toEqual(a.train.inputs);
  });

  it.each(kinds)('%s: split, labels 0/1 in both classes, inputs scaled to about [-1, 1]', (kind) => {
    const { train, test } = createDataset({ kind, n: 300, noise: 0.1, seed: 1, testRatio: 0.2 });
    expect(train.inputs.length).toBe(240);
    expect(test.inputs.length).toBe(60);
    const all = [...train.inputs, ...test.inputs];
    const labels = [...train.labels, ...test.labels];
    expect(new Set(labels)).toEqual(new Set([0, 1]));
    expect(all.every((p) => p.length === 2 && p.every((v) => Math.abs(v) < 1.5))).toBe(true);
    expect(Math.max(...all.flat().map(Math.abs))).toBeGreaterThan(0.5);
  });

  it('labels follow the shapes: circle inside is 1, xor same-sign quadrants are 1', () => {
    const circle = createDataset({ kind: 'circle', n: 200, noise: 0, seed: 2 }).train;
    circle.inputs.forEach(([x, y], k) => expect(circle.labels[k]).toBe(Math.hypot(x!, y!) < 2.5 / 6 ? 1 : 0));
    const xor = createDataset({ kind: 'xor', n: 200, noise: 0, seed: 2 }).train;
    xor.inputs.forEach(([x, y], k) => expect(xor.labels[k]).toBe(x! * y! >= 0 ? 1 : 0));
  });
});

describe('dog pictures', () => {
  it('renderDog: same seed, same picture; 16×16 grey or RGB values in [0, 1]', () => {
    const grey = renderDog({ breed: 'husky', seed: 9 });
    expect(grey).toEqual(renderDog({ breed: 1, seed: 9 }));
    expect(grey.label).toBe(1);
    expect(grey.pixels.length).toBe(256);
    expect(grey.pixels.every((v) => v >= 0 && v <= 1)).toBe(true);
    expect(renderDog({ breed: 'husky', seed: 10 }).pixels).not.toEqual(grey.pixels);
    const rgb = renderDog({ breed: 'poodle', seed: 9, colour: true, size: 12 });
    expect(rgb.pixels.length).toBe(12 * 12 * 3);
    expect(rgb.channels).toBe(3);
    expect(() => renderDog({ breed: 'beagle', seed: 1 })).toThrow(/unknown breed/);
  });

  it('has four breeds named in both languages', () => {
    expect(BREEDS.map((b) => b.id)).toEqual(['corgi', 'husky', 'dalmatian', 'poodle']);
    expect(BREEDS[0]).toEqual({ id: 'corgi', zh: '柯基', en: 'Corgi' });
  });

  it('dogs: deterministic, balanced, split by testRatio', () => {
    const a = createDataset({ kind: 'dogs', n: 80, seed: 5 });
    expect(createDataset({ kind: 'dogs', n: 80, seed: 5 })).toEqual(a);
    expect(a.test.inputs.length).toBe(16);
    expect(a.train.inputs[0]!.length).toBe(256);
    const counts = [0, 1, 2, 3].map((c) => [...a.train.labels, ...a.test.labels].filter((l) => l === c).length);
    expect(counts).toEqual([20, 20, 20, 20]);
  });

  it('dogs: the same pictures as every link made so far (hashes of the sets before planning and the faster painter)', () => {
    const hash = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');
    // the playground's pictures (1200, seed 1, a tenth for testing)
    expect(hash(dogs({ n: 1200, seed: 1, testRatio: 0.1 }))).toBe('9de4a9dc8c6ea63ccdb28a94b6ff933cb1e52a8f27737cf7053fb54545502e6b');
    expect(hash(dogs({ n: 60, seed: 3, colour: true, size: 12, extra: [{ label: 2, pixels: Array<number>(432).fill(0.25) }] })))
      .toBe('8f85d0b0bed5129795c0598736ecb085b034db3e8411ee158d20eb2b9f322ae9');
  });

  it('planDogs: the labels at once, and any picture painted on its own, in any order, as dogs() paints it', () => {
    const options: DogOptions = { n: 90, seed: 8, testRatio: 0.3, extra: [{ label: 3, pixels: Array<number>(256).fill(0.5) }] };
    const whole = dogs(options);
    const plan = planDogs(options);
    expect(plan.width).toBe(256);
    for (const side of ['train', 'test'] as const) {
      expect(plan[side].labels).toEqual(whole[side].labels);
      const rows = new Float64Array(plan[side].labels.length * plan.width);
      // last first: a picture does not depend on the ones painted before it
      for (let k = plan[side].labels.length - 1; k >= 0; k--) plan[side].paint(k, rows, k * plan.width);
      expect(Array.from(rows)).toEqual(whole[side].inputs.flat());
    }
    expect(() => planDogs({ n: 8, seed: 1, extra: [{ label: 0, pixels: [0.5] }] })).toThrow('a drawing has 1 numbers but the pictures have 256');
  });
});

