import { describe, expect, it } from 'vitest';
import { classCount, createDataset, isRegressionSpec } from '@/lib/nn/datasets/index';
import { engineTrainer } from '@/components/trainer/replay';
import { Network } from '@/lib/nn';
import { trainerConfig } from './config';
import { decodeState, encodeState } from './codec';
import { datasetSpec, lossOf, outputActivation, trainSizeOf } from './model';
import { OWN, csvMessage, digestOf, parseCsv, writeCsv, writeOwn } from './own';
import { freshNetwork } from './fresh';
import { importNetwork, networkFile } from './importNetwork';
import { withDataset } from './presets';
import { defaultState } from './table';

describe('own data CSV parser', () => {
  it('reads x,y,label rows with or without a header, skipping blank lines', () => {
    expect(parseCsv('x,y,label\n1,2,1\n\n-3.5,0.25,0\n')).toEqual({ points: [1, 2, 1, -3.5, 0.25, 0] });
    expect(parseCsv('1;2;1\r\n-6\t6\t0')).toEqual({ points: [1, 2, 1, -6, 6, 0] });
  });

  it('names the line of the first bad row (counting the header and blank lines)', () => {
    const rows = ['x,y,label', '1,1,1', '2,2,0', '', '3,3,1', '4,4,0', '5,5,2', '0,0,0'];
    const result = parseCsv(rows.join('\n'));
    expect(result).toEqual({ error: { kind: 'label', line: 7 } });
    if ('error' in result) {
      expect(csvMessage('en', result.error)).toBe('line 7: label must be 0 or 1');
      expect(csvMessage('zh', result.error)).toContain('第 7 行');
    }
    expect(parseCsv('1,1,1\n1,abc,0')).toEqual({ error: { kind: 'number', line: 2, column: 'y' } });
    expect(parseCsv('1,1\n')).toEqual({ error: { kind: 'columns', line: 1, found: 2, third: 'label' } });
    expect(parseCsv('1,1,1\n0x10,1,1')).toEqual({ error: { kind: 'number', line: 2, column: 'x' } });
    expect(parseCsv('Infinity,1,1')).toEqual({ error: { kind: 'number', line: 1, column: 'x' } });
  });

  it('refuses points outside the plot and says which coordinate', () => {
    expect(parseCsv('0,0,1\n6.01,0,1')).toEqual({ error: { kind: 'range', line: 2, column: 'x' } });
    expect(parseCsv('0,-7,1')).toEqual({ error: { kind: 'range', line: 1, column: 'y' } });
    expect(csvMessage('en', { kind: 'range', line: 1, column: 'y' })).toMatch(/line 1: y must be between −6 and 6/);
  });

  it('takes 5,000 rows and refuses 5,001; an empty text is refused too', () => {
    const row = (k: number) => `${(k % 100) / 20},${-(k % 50) / 10},${k % 2}`;
    const ok = parseCsv(Array.from({ length: OWN.maxPoints }, (_, k) => row(k)).join('\n'));
    expect('points' in ok && ok.points.length).toBe(3 * OWN.maxPoints);
    expect(parseCsv(Array.from({ length: OWN.maxPoints + 1 }, (_, k) => row(k)).join('\n'))).toEqual({ error: { kind: 'too-many', rows: OWN.maxPoints + 1 } });
    expect(parseCsv('\n x,y,label \n')).toEqual({ error: { kind: 'empty' } });
  });

  it('writes CSV that reads back to the same points', () => {
    const points = [1.25, -2, 1, 0, 5.5, 0];
    expect(parseCsv(writeCsv(points))).toEqual({ points });
  });
});

describe('own data in the link', () => {
  const own = { ...withDataset(defaultState(), 'own'), own: [1.25, -2, 1, 0, 5.5, 0, -6, 6, 1] };

  it('round trip: the points come back exactly, compactly written', () => {
    const hash = encodeState(own);
    expect(hash).toContain('data=own');
    expect(hash).toContain('pts=1.25,-2,1,0,5.5,0,-6,6,1');
    expect(decodeState(hash)).toEqual({ state: own, problem: null });
  });

  it('200 random points fit in about 13 characters each', () => {
    const points = Array.from({ length: 600 }, (_, k) => (k % 3 === 2 ? k % 2 : Math.round(((k * 7919) % 1200) - 600) / 100));
    const text = writeOwn(points);
    expect(text.length).toBeLessThan(200 * 16);
    expect(decodeState(encodeState({ ...own, own: points })).state.own).toEqual(points);
  });

  it('refuses junk with a reason: a broken triple, a label of 2, a point off the plot, a word', () => {
    for (const pts of ['1,2', '1,2,2', '7,0,1', '1,two,1', '1,2,1,']) {
      const { problem, state } = decodeState(`v=1&data=own&pts=${pts}`);
      expect(problem?.kind, pts).toBe('bad-value');
      expect(state).toEqual(defaultState());
    }
  });
});

describe('own data trains through the dataset spec', () => {
  it('the spec carries the points; the split is seeded and scaled like the generated sets', () => {
    const state = { ...withDataset(defaultState(), 'own'), own: [6, 0, 1, -6, 0, 0, 3, 3, 1, -3, -3, 0], testRatio: 0.5 };
    const spec = datasetSpec(state);
    expect(spec).toMatchObject({ kind: 'points', seed: state.seed, testRatio: 0.5 });
    const data = createDataset(spec);
    expect(data.train.inputs.length).toBe(trainSizeOf(state));
    expect(data.train.inputs.length + data.test.inputs.length).toBe(4);
    const all = [...data.train.inputs, ...data.test.inputs].map(([x, y]) => `${x},${y}`).sort();
    expect(all).toEqual(['-0.5,-0.5', '-1,0', '0.5,0.5', '1,0']);
    expect(createDataset(spec)).toEqual(data); // same seed, same split
  });

  it('switching to own data opens with starter points of both classes', () => {
    const own = withDataset(defaultState(), 'own').own;
    const labels = own.filter((_, k) => k % 3 === 2);
    expect(labels).toContain(0);
    expect(labels).toContain(1);
  });
});

describe('own values (regression)', () => {
  const values = { ...withDataset(defaultState(), 'ownvalue'), values: [1.25, -2, 0.75, 0, 5.5, -1, -6, 6, 0.1] };

  it('reads x,y,value rows, refuses a value outside ±1 or a word, naming the line', () => {
    expect(parseCsv('x,y,value\n1,2,0.5\n-3,0,-1', 'value')).toEqual({ points: [1, 2, 0.5, -3, 0, -1] });
    const result = parseCsv('1,2,0.5\n\n3,3,1.5', 'value');
    expect(result).toEqual({ error: { kind: 'value', line: 3 } });
    if ('error' in result) {
      expect(csvMessage('en', result.error)).toBe('line 3: value must be between −1 and 1');
      expect(csvMessage('zh', result.error)).toContain('第 3 行');
    }
    expect(parseCsv('1,2,high', 'value')).toEqual({ error: { kind: 'number', line: 1, column: 'value' } });
    expect(csvMessage('en', { kind: 'columns', line: 2, found: 4, third: 'value' })).toBe('line 2: expected 3 numbers (x,y,value), found 4');
    // a class file is still a class file: 0.5 is no label
    expect(parseCsv('1,2,0.5')).toEqual({ error: { kind: 'label', line: 1 } });
    expect(parseCsv(writeCsv([1, 2, 0.25], 'value'), 'value')).toEqual({ points: [1, 2, 0.25] });
    expect(writeCsv([1, 2, 0.25], 'value').split('\n')[0]).toBe('x,y,value');
  });

  it('a link restores the values (key vals) and refuses junk with a reason', () => {
    const hash = encodeState(values);
    expect(hash).toContain('data=ownvalue');
    expect(hash).toContain('vals=1.25,-2,0.75,0,5.5,-1,-6,6,0.1');
    expect(hash).not.toContain('pts=');
    expect(decodeState(hash)).toEqual({ state: values, problem: null });
    for (const vals of ['1,2', '1,2,1.5', '7,0,1', '1,2,NaN']) {
      const { problem, state } = decodeState(`v=1&data=ownvalue&vals=${vals}`);
      expect(problem?.kind, vals).toBe('bad-value');
      expect(state).toEqual(defaultState());
    }
  });

  it('trains as regression: one linear output, MSE, the values as targets', () => {
    expect(outputActivation('ownvalue')).toBe('identity');
    expect(lossOf(values)).toBe('mse');
    const spec = datasetSpec(values);
    expect(spec).toMatchObject({ kind: 'points', values: true });
    expect(isRegressionSpec(spec)).toBe(true);
    expect(classCount(spec)).toBe(1);
    expect(isRegressionSpec(datasetSpec(withDataset(defaultState(), 'own')))).toBe(false);
    // the starter slope (values from −1 to 1) is learnt: train MSE falls far below the values' spread
    const slope = { ...withDataset(defaultState(), 'ownvalue'), testRatio: 0.1, lr: 0.1, batch: 2 };
    const trainer = engineTrainer({ lanes: [trainerConfig(slope, slope.lr)] });
    for (let k = 0; k < 100; k++) trainer.send({ type: 'epoch' });
    trainer.send({ type: 'snapshot', network: true });
    const { trainLoss: loss, network } = trainer.getState().snapshot!;
    expect(loss[loss.length - 1]!).toBeLessThan(0.02);
    expect(loss[0]!).toBeGreaterThan(0.05);
    // a value of −1 is a target of −1 (as a class it would have been 0)
    const [low, high] = Network.fromJSON(network!).predict([[-0.5, -0.5], [0.5, 0.5]]);
    expect(low![0]!).toBeLessThan(-0.8);
    expect(high![0]!).toBeGreaterThan(0.8);
  });
});

describe('own data too large for a link goes in the JSON export', () => {
  const many = (n: number, label = (k: number) => k % 2) =>
    Array.from({ length: n }, (_, k) => [((k * 37) % 1200) / 100 - 6, ((k * 53) % 1200) / 100 - 6, label(k)]).flat();
  const big = { ...withDataset(defaultState(), 'own'), own: many(523) };

  it('200 points stay in the link; 201 leave it, and the link says how many and which', () => {
    expect(encodeState({ ...big, own: many(200) })).toContain('pts=');
    const hash = encodeState(big);
    expect(hash).not.toContain('pts=');
    expect(hash).toMatch(/ptsfile=523\.[0-9a-f]{8}(&|$)/);
    const { state, problem } = decodeState(hash);
    expect(problem).toBeNull();
    expect(state.own).toEqual([]);
    expect(state.ownAway).toEqual({ count: 523, digest: digestOf(big.own) });
    // the note survives other changes until the points are back
    expect(encodeState({ ...state, lr: 0.1 })).toContain(`ptsfile=523.${digestOf(big.own)}`);
    // other points, another digest
    expect(digestOf(many(523, () => 1))).not.toBe(digestOf(big.own));
  });

  it('refuses a junk note with a reason', () => {
    for (const note of ['12.0123abcd', '523', '523.xyz', '9999.0123abcd', '523.0123abcd.1']) {
      const { problem } = decodeState(`v=1&data=own&ptsfile=${note}`);
      expect(problem?.kind, note).toBe('bad-value');
    }
  });

  it('the exported file carries the points, and loading it (into any setup) brings them back', () => {
    const network = freshNetwork(big);
    const file = JSON.parse(JSON.stringify(networkFile(network, big))) as unknown;
    const opened = importNetwork(defaultState(), file);
    expect('state' in opened && opened.state.dataset).toBe('own');
    expect('state' in opened && opened.state.own).toEqual(big.own);
    expect('state' in opened && opened.state.start?.network).toEqual(network);
    const values = { ...withDataset(defaultState(), 'ownvalue'), values: many(300, (k) => (k % 5) / 5 - 0.4) };
    const back = importNetwork(defaultState(), JSON.parse(JSON.stringify(networkFile(freshNetwork(values), values))));
    expect('state' in back && [back.state.dataset, back.state.values]).toEqual(['ownvalue', values.values]);
    // a network of another setup has no points in its file
    expect(Object.keys(networkFile(network, defaultState()))).toEqual(['layers']);
  });

  it('a file with bad points is refused with the reason, and nothing changes', () => {
    const network = freshNetwork(big);
    expect(importNetwork(defaultState(), { ...network, dataset: 'own', own: [1, 2, 1, 4] })).toEqual({ problem: { kind: 'points', detail: 'pts: points come as x,y,label triples' } });
    expect(importNetwork(defaultState(), { ...network, dataset: 'own', own: [1, 2, 2] })).toMatchObject({ problem: { kind: 'points' } });
    expect(importNetwork(defaultState(), { ...network, dataset: 'spiral', own: [1, 2, 1] })).toMatchObject({ problem: { kind: 'points' } });
    expect(importNetwork(defaultState(), { ...network, dataset: 'own' })).toMatchObject({ problem: { kind: 'points' } });
  });
});
