import { describe, expect, it } from 'vitest';
import { Network } from '@/lib/nn';
import { decodeState, encodeState } from './codec';
import { freshNetwork } from './fresh';
import { importNetwork } from './importNetwork';
import { roundNetwork, writeStart } from './start';
import { defaultState, type PlaygroundState } from './table';

const custom = (): PlaygroundState => ({
  ...defaultState(),
  dataset: 'spiral',
  noise: 0.25,
  testRatio: 0.3,
  seed: 4242,
  hidden: [8, 6, 3],
  activations: ['relu', 'leakyRelu', 'sigmoid'],
  loss: 'mse',
  optimizer: 'adam',
  lr: 0.0042,
  batch: 33,
  l2: 0.003,
  showTest: true,
  discrete: true,
  challenge: true,
});

describe('URL table codec', () => {
  it('round trip: every control comes back as it was', () => {
    const state = custom();
    const { state: back, problem } = decodeState(`#${encodeState(state)}`);
    expect(problem).toBeNull();
    expect(back).toEqual(state);
    expect(decodeState(encodeState(defaultState()))).toEqual({ state: defaultState(), problem: null });
  });

  it('round trip with a snapshot: the weights come back rounded to 6 significant digits, the step exactly', () => {
    const state = custom();
    const network = freshNetwork(state);
    network.layers[0]!.weights[0]![0] = 0.123456789;
    const withStart = { ...state, start: { step: 1234, network } };
    const { state: back, problem } = decodeState(encodeState(withStart));
    expect(problem).toBeNull();
    expect(back.start!.step).toBe(1234);
    expect(back.start!.network).toEqual(roundNetwork(network));
    expect(back.start!.network.layers[0]!.weights[0]![0]).toBe(0.123457);
    expect(() => Network.fromJSON(back.start!.network)).not.toThrow();
    // a second trip changes nothing: rounded weights are stable
    expect(decodeState(encodeState(back)).state).toEqual(back);
  });

  it('keys left out keep their defaults, quietly', () => {
    const { state, problem } = decodeState('v=1&data=xor&lr=0.1');
    expect(problem).toBeNull();
    expect(state).toEqual({ ...defaultState(), dataset: 'xor', lr: 0.1 });
    expect(decodeState('')).toEqual({ state: defaultState(), problem: null });
  });

  const junk: [string, string, string][] = [
    ['another version', 'v=7&data=circle', 'version'],
    ['no version', 'data=circle', 'version'],
    ['an unknown key', 'v=1&colour=red', 'unknown'],
    ['a repeated key', 'v=1&lr=0.1&lr=0.2', 'unknown'],
    ['a huge number', 'v=1&lr=1e308', 'bad-value'],
    ['Infinity', 'v=1&lr=Infinity', 'bad-value'],
    ['NaN', 'v=1&noise=NaN', 'bad-value'],
    ['hex', 'v=1&batch=0x10', 'bad-value'],
    ['a fraction where an integer belongs', 'v=1&batch=2.5', 'bad-value'],
    ['an unknown dataset', 'v=1&data=%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'bad-value'],
    ['a script tag', 'v=1&data=<script>alert(1)</script>', 'bad-value'],
    ['too many layers', 'v=1&layers=1,1,1,1,1,1,1&act=tanh,tanh,tanh,tanh,tanh,tanh,tanh', 'bad-value'],
    ['an unknown activation', 'v=1&act=softmax,tanh', 'bad-value'],
    ['layers and activations that disagree', 'v=1&layers=4,4,4&act=tanh', 'inconsistent'],
    ['64 neurons on a 2-D set', 'v=1&data=circle&layers=64&act=relu', 'inconsistent'],
    ['a snapshot that is not base64url', 'v=1&net=!!!', 'bad-value'],
    ['a snapshot that is not JSON', `v=1&net=${btoa('{"step": 3, ').replace(/=/g, '')}`, 'bad-value'],
    ['a snapshot with a NaN weight', `v=1&net=${btoa(JSON.stringify({ step: 1, network: { layers: [{ weights: [['x']], biases: [0], activation: 'tanh' }] } })).replace(/=/g, '')}`, 'bad-value'],
    ['deep nesting', `v=1&net=${btoa(`{"step":1,"network":${'['.repeat(5000)}${']'.repeat(5000)}}`).replace(/=/g, '')}`, 'bad-value'],
    ['100 KB of junk', `v=1&${'a'.repeat(100_000)}`, 'unknown'],
    ['two megabytes', 'x'.repeat(2_000_000), 'too-long'],
  ];
  it.each(junk)('%s → defaults and a reason', (_, hash, kind) => {
    const { state, problem } = decodeState(hash);
    expect(state).toEqual(defaultState());
    expect(problem?.kind).toBe(kind);
  });

  it('a snapshot of the largest network the controls allow fits in a link and comes back', () => {
    const state: PlaygroundState = { ...defaultState(), dataset: 'dogs', hidden: [64, 64, 64, 64, 64, 64], activations: ['relu', 'relu', 'relu', 'relu', 'relu', 'relu'] };
    const network = freshNetwork(state);
    const hash = encodeState({ ...state, start: { step: 99, network } });
    const { state: back, problem } = decodeState(hash);
    expect(problem).toBeNull();
    expect(back.start!.network).toEqual(roundNetwork(network));
  });

  it('a snapshot for another network shape → defaults and a reason', () => {
    const network = freshNetwork({ ...defaultState(), hidden: [3], activations: ['relu'] });
    const hash = `v=1&net=${writeStart({ step: 5, network })}`; // defaults have layers 4,2
    const { state, problem } = decodeState(hash);
    expect(state).toEqual(defaultState());
    expect(problem).toMatchObject({ kind: 'inconsistent' });
  });

  it('mixed activations get one fresh layer each, seeded (same setup, same weights)', () => {
    const state = { ...custom(), start: null };
    const a = freshNetwork(state);
    expect(a.layers.map((l) => l.activation)).toEqual(['relu', 'leakyRelu', 'sigmoid', 'sigmoid']);
    expect(freshNetwork(state)).toEqual(a);
    expect(freshNetwork({ ...state, seed: 1 })).not.toEqual(a);
  });
});

describe('importing a network file', () => {
  it('a 2-4-1 sigmoid network becomes a 2-D setup starting from its weights', () => {
    const network = Network.create({ sizes: [2, 5, 1], activation: 'relu', outputActivation: 'sigmoid', seed: 3 }).toJSON();
    const result = importNetwork(defaultState(), network);
    expect(result).toMatchObject({ state: { dataset: 'circle', hidden: [5], activations: ['relu'], start: { step: 0, network } } });
  });

  it('a bad file gives the engine message; a shape the playground cannot train says so', () => {
    expect(importNetwork(defaultState(), { layers: [] })).toEqual({ problem: { kind: 'engine', message: 'network: "layers" is empty' } });
    const three = Network.create({ sizes: [3, 2, 1], activation: 'relu', outputActivation: 'sigmoid', seed: 3 }).toJSON();
    expect(importNetwork(defaultState(), three)).toMatchObject({ problem: { kind: 'shape' } });
  });
});

describe('features, L1 and regression in the link', () => {
  it('a link restores the input features, both penalties and the problem type (a regression set)', () => {
    const state: PlaygroundState = { ...defaultState(), dataset: 'multigauss', features: ['x1', 'x1sq', 'sin2'], l1: 0.003, l2: 0.001 };
    const text = encodeState(state);
    expect(text).toContain('feat=x1,x1sq,sin2');
    expect(text).toContain('l1=0.003');
    const { state: back, problem } = decodeState(text);
    expect(problem).toBeNull();
    expect(back).toEqual(state);
  });

  it('refuses junk features and penalties with the reason', () => {
    const bad = (fragment: string) => decodeState(`v=1&${fragment}`).problem;
    expect(bad('feat=x1,x9')).toMatchObject({ kind: 'bad-value', key: 'feat' });
    expect(bad('feat=x1,x1')).toEqual({ kind: 'bad-value', key: 'feat', detail: 'an input feature is listed twice' });
    expect(bad('feat=')).toEqual({ kind: 'bad-value', key: 'feat', detail: 'at least one input feature' });
    expect(bad('l1=-0.1')).toMatchObject({ kind: 'bad-value', key: 'l1' });
    expect(bad('l1=0.5')).toMatchObject({ kind: 'bad-value', key: 'l1' });
    expect(bad('data=plane&feat=x2sq')).toBeNull();
  });

  it('snapshot weights must take one input per feature', () => {
    const state: PlaygroundState = { ...defaultState(), features: ['x1', 'x2', 'x1x2'] };
    const network = freshNetwork(state);
    expect(network.layers[0]!.weights[0]).toHaveLength(3);
    const { problem } = decodeState(encodeState({ ...state, features: ['x1', 'x2'], start: { step: 1, network } }));
    expect(problem).toMatchObject({ kind: 'inconsistent' });
    expect(decodeState(encodeState({ ...state, start: { step: 1, network } })).problem).toBeNull();
  });

  it('a regression set gets a linear output and MSE', () => {
    const network = freshNetwork({ ...defaultState(), dataset: 'plane' });
    expect(network.layers.at(-1)!.activation).toBe('identity');
  });
});
