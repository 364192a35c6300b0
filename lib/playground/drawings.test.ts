import { describe, expect, it } from 'vitest';
import { createDataset, renderDog } from '@/lib/nn/datasets/index';
import type { TrainerRequest } from '@/lib/nn/worker/protocol';
import { engineTrainer } from '@/components/trainer/replay';
import { decodeState, encodeState } from './codec';
import { trainerConfig } from './config';
import { LINK_DRAWINGS, MAX_DRAWINGS, PIXELS, drawingsFile, greyPixels, parseDrawings, roundPixels, withoutDrawing } from './drawings';
import { datasetSpec, trainSizeOf } from './model';
import { withDataset } from './presets';
import { defaultState, type PlaygroundState } from './table';

const dogsState = withDataset(defaultState(), 'dogs');
/** A painted picture: the three brush shades. */
const painted = (seed: number) => Array.from({ length: PIXELS }, (_, k) => [0, 0.5, 1][(k * 7 + seed) % 3]!);
const drawing = (label: number, seed: number) => ({ label, pixels: painted(seed) });

describe('own drawings in the training set', () => {
  it('an added drawing is one more training picture, last in the train split; nothing else moves', () => {
    const own = drawing(2, 1);
    const before = createDataset(datasetSpec(dogsState));
    const after = createDataset(datasetSpec({ ...dogsState, drawings: [own] }));
    expect(after.train.inputs.length).toBe(before.train.inputs.length + 1);
    expect(trainSizeOf({ ...dogsState, drawings: [own] })).toBe(after.train.inputs.length);
    expect(after.train.inputs.at(-1)).toEqual(own.pixels);
    expect(after.train.labels.at(-1)).toBe(2);
    expect(after.train.inputs.slice(0, -1)).toEqual(before.train.inputs);
    expect(after.test).toEqual(before.test);
  });

  it('the trainer trains on it: an epoch is counted over 961 pictures, and the weights differ from a run without it', () => {
    const run = (state: PlaygroundState) => {
      const trainer = engineTrainer({ lanes: [trainerConfig(state, state.lr)] });
      const steps: TrainerRequest[] = [{ type: 'step' }, { type: 'snapshot', network: true }];
      steps.forEach(trainer.send);
      return trainer.getState().snapshot!;
    };
    const plain = run(dogsState);
    const own = run({ ...dogsState, drawings: [drawing(1, 2)] });
    expect(plain.epoch).toBeCloseTo(dogsState.batch / 960, 12);
    expect(own.epoch).toBeCloseTo(dogsState.batch / 961, 12);
    expect(own.network).not.toEqual(plain.network);
  });
});

describe('own drawings in the link', () => {
  it('a few drawings travel in the link and come back exactly (the brush shades are kept)', () => {
    const drawings = [drawing(0, 0), { label: 3, pixels: roundPixels(renderDog({ breed: 3, seed: 4 }).pixels) }];
    const hash = encodeState({ ...dogsState, drawings });
    expect(hash).toMatch(/&draw=[^&]{515}$/); // a digit and 256 characters each, joined by "."
    const { state, problem } = decodeState(hash);
    expect(problem).toBeNull();
    expect(state.drawings).toEqual(drawings);
  });

  it('no drawings: no "draw" in the link; more than the link carries: left out (they go into the file)', () => {
    expect(encodeState(dogsState)).not.toContain('draw=');
    const many = Array.from({ length: LINK_DRAWINGS + 1 }, (_, k) => drawing(k % 4, k));
    expect(encodeState({ ...dogsState, drawings: many })).not.toContain('draw=');
  });

  it('junk in the link is refused with the reason', () => {
    const good = encodeState({ ...dogsState, drawings: [drawing(1, 1)] });
    // a breed that is not one, a character outside the alphabet, a drawing cut short, one pixel too many
    const cases = [good.replace(/draw=1/, 'draw=7'), good.replace(/draw=1(.)/, 'draw=1~'), good.replace(/(draw=[^&]{100})[^&]*/, '$1'), `${good}0`];
    for (const hash of cases) expect(decodeState(hash).problem?.kind).toBe('bad-value');
    const five = Array.from({ length: 5 }, () => good.split('draw=')[1]).join('.');
    expect(decodeState(good.replace(/draw=[^&]*/, `draw=${five}`)).problem).toMatchObject({ kind: 'bad-value', key: 'draw' });
  });
});

describe('a drawings file', () => {
  it('saved and opened again gives the same drawings', () => {
    const drawings = [drawing(0, 1), drawing(3, 2)];
    expect(parseDrawings(drawingsFile(drawings))).toEqual({ drawings });
  });

  it('names what is wrong: not JSON, no list, the drawing with a bad breed, size or pixel, too many', () => {
    const one = (d: unknown) => JSON.stringify({ drawings: [{ breed: 'corgi', pixels: painted(0) }, d] });
    expect(parseDrawings('{oops')).toEqual({ problem: { kind: 'not-json' } });
    expect(parseDrawings('{"pictures": []}')).toEqual({ problem: { kind: 'no-list' } });
    expect(parseDrawings('[]')).toEqual({ problem: { kind: 'empty' } });
    expect(parseDrawings(one({ breed: 'beagle', pixels: painted(0) }))).toEqual({ problem: { kind: 'breed', item: 2 } });
    expect(parseDrawings(one({ breed: 'husky', pixels: painted(0).slice(0, 255) }))).toEqual({ problem: { kind: 'size', item: 2, found: 255 } });
    const bad = painted(0);
    bad[40] = 1.5;
    expect(parseDrawings(one({ breed: 1, pixels: bad }))).toEqual({ problem: { kind: 'value', item: 2, pixel: 41 } });
    const tooMany = JSON.stringify(Array.from({ length: MAX_DRAWINGS + 1 }, () => ({ breed: 0, pixels: painted(0) })));
    expect(parseDrawings(tooMany)).toEqual({ problem: { kind: 'too-many', count: MAX_DRAWINGS + 1 } });
    // the room left counts: 3 more into a setup with room for 2
    expect(parseDrawings(JSON.stringify([drawing(0, 0), drawing(0, 0), drawing(0, 0)].map((d) => ({ breed: d.label, pixels: d.pixels }))), 2))
      .toEqual({ problem: { kind: 'too-many', count: 3 } });
  });
});

describe('a picture file as a drawing', () => {
  it('grey is the brightness a screen shows; transparent is black; levels are the link\'s', () => {
    const rgba = new Uint8ClampedArray(4 * 256);
    const put = (k: number, r: number, g: number, b: number, a: number) => rgba.set([r, g, b, a], 4 * k);
    put(0, 255, 255, 255, 255); // white
    put(1, 0, 0, 0, 255); // black
    put(2, 255, 0, 0, 255); // red: dark grey
    put(3, 255, 255, 255, 0); // transparent white: black
    put(4, 128, 128, 128, 255); // mid grey
    const grey = greyPixels(rgba);
    expect(grey).toHaveLength(256);
    expect(grey.slice(0, 5)).toEqual([1, 0, 18 / 60, 0, 30 / 60]);
    expect(roundPixels(grey)).toEqual(grey);
  });

  it('one drawing can be taken out, the others stay in order', () => {
    expect(withoutDrawing(['a', 'b', 'c'], 1)).toEqual(['a', 'c']);
    expect(withoutDrawing(['a'], 0)).toEqual([]);
  });
});

describe('more drawings than a link carries', () => {
  it('leave the link, which says how many and which; the note stays until they are back; junk is refused', () => {
    const drawing = (k: number) => ({ label: k % 4, pixels: roundPixels(renderDog({ breed: k % 4, seed: k }).pixels) });
    const five = { ...dogsState, drawings: Array.from({ length: LINK_DRAWINGS + 1 }, (_, k) => drawing(k)) };
    const hash = encodeState(five);
    expect(hash).not.toContain('draw=');
    expect(hash).toMatch(/drawfile=5\.[0-9a-f]{8}(&|$)/);
    const { state, problem } = decodeState(hash);
    expect(problem).toBeNull();
    expect(state.drawings).toEqual([]);
    expect(state.drawingsAway?.count).toBe(5);
    expect(encodeState({ ...state, seed: 9 })).toContain(`drawfile=${state.drawingsAway!.count}.${state.drawingsAway!.digest}`);
    // four stay in the link
    expect(encodeState({ ...five, drawings: five.drawings.slice(0, 4) })).not.toContain('drawfile=');
    for (const note of ['4.0123abcd', '65.0123abcd', '5.0123ABCD', '5']) expect(decodeState(`v=1&data=dogs&drawfile=${note}`).problem?.kind, note).toBe('bad-value');
  });
});
