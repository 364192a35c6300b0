// The worked examples' numbers in the prose, checked against the engine: each quantity the
// engine computes must appear (to the prose's own precision) in the step that talks about it,
// in both languages. Nothing here is typed by hand but the examples' inputs.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Network, activate, activationDerivative, createOptimizer, type OptimizerSpec } from '@/lib/nn';
import { chainNetwork, START_PARAMS, START_TARGET, START_X } from '@/components/widgets/BackpropChain/chain';
import { RACE_ETA, RACERS, bowlPath } from '@/components/widgets/RollingDownhill/descend';
import { bowl as rolling } from '@/components/widgets/RollingDownhill/landscape';
import { BIAS } from '@/components/widgets/NeuronSignal/neuron';
import { contentDir } from '@/lib/content/chapters';

const source = (slug: string, lang: string) => fs.readFileSync(path.join(contentDir, slug, `${lang}.mdx`), 'utf8');

/** The text between `<open` … and the matching closing tag (a Step, Check or section). */
function block(text: string, open: string, close: string, nth = 0): string {
  let start = text.indexOf(open);
  for (let k = 0; k < nth && start >= 0; k++) start = text.indexOf(open, start + 1);
  if (start < 0) throw new Error(`${open} not found`);
  const end = text.indexOf(close, start);
  return text.slice(start, end < 0 ? undefined : end);
}

/** Every number written in a piece of prose or LaTeX (ASCII or true minus). */
function numbersIn(text: string): number[] {
  return [...text.replace(/−/g, '-').matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
}

/** True if `value` is written in `text` to at least the precision it is written with. */
function mentions(text: string, value: number): boolean {
  return numbersIn(text).some((n) => {
    const decimals = String(Math.abs(n)).split('.')[1]?.length ?? 0;
    return decimals >= 1 && Math.abs(n - value) <= 0.5 * 10 ** -decimals + 1e-12;
  }) || (Number.isInteger(value) && numbersIn(text).includes(value));
}

const chain = (): Network => chainNetwork(START_PARAMS);

describe.each(['en', 'zh'])('gradient-descent (%s): the two-neuron chain in the prose is the engine’s', (lang) => {
  const text = source('gradient-descent', lang);
  const step = (id: string) => block(text, `<Step id="${id}"`, '</Step>');
  const t = chain().backwardTrace([START_X], [START_TARGET], 'mse');
  const [hidden, out] = chain().gradients([[START_X]], [[START_TARGET]], 'mse').layers;

  it('the scene starts from the widget’s own example', () => {
    expect(step('chain-forwards')).toContain(`x: ${START_X}, w2: ${START_PARAMS.w2}, target: ${START_TARGET}`);
  });

  it.each([
    ['chain-forwards', () => [t.sums[0]![0]!, t.outputs[0]![0]!, t.sums[1]![0]!, t.outputs[1]![0]!, t.loss]],
    ['chain-output', () => [t.dOutputs[1]![0]!, activationDerivative('sigmoid', t.sums[1]![0]!), t.dSums[1]![0]!, out!.weights[0]![0]!]],
    ['chain-passed-back', () => [START_PARAMS.w2, t.dOutputs[0]![0]!]],
    ['chain-hidden', () => [activationDerivative('sigmoid', t.sums[0]![0]!), t.dSums[0]![0]!, hidden!.weights[0]![0]!]],
  ] as const)('step %s shows the engine’s numbers', (id, values) => {
    for (const value of values()) expect(mentions(step(id), value), `${id} should show ${value}`).toBe(true);
  });

  it('the hidden-slope check’s answer is the engine’s ∂L/∂w₁ for its own numbers', () => {
    const check = block(text, '<Check id="hidden-slope">', '</Check>');
    const net = chainNetwork({ w1: 1, b1: -1, w2: 2, b2: -1 });
    // Its numbers are the ones the question states (x = 1, y = 1).
    for (const [name, value] of [['x', 1], ['w_1', 1], ['b_1', -1], ['w_2', 2], ['b_2', -1], ['y', 1]] as const) {
      expect(check).toContain(`$${name} = ${value}$`);
    }
    const answer = Number(check.match(/<NumberAnswer value=\{(-?[\d.]+)\}/)![1]);
    expect(answer).toBeCloseTo(net.gradients([[1]], [[1]], 'mse').layers[0]!.weights[0]![0]!, 6);
  });
});

/** L = w₁² + 10·w₂² from (1, 1), stepped by the engine's optimisers on its exact gradient. */
function bowl2(spec: OptimizerSpec, steps: number): { w: [number, number]; loss: number } {
  const optimizer = createOptimizer(spec);
  const p = Float64Array.of(1, 1);
  for (let k = 0; k < steps; k++) optimizer.update([p], [Float64Array.of(2 * p[0]!, 20 * p[1]!)], [false]);
  return { w: [p[0]!, p[1]!], loss: p[0]! ** 2 + 10 * p[1]! ** 2 };
}

describe.each(['en', 'zh'])('learning-rate (%s): the two-weight bowl in the prose is the engine’s', (lang) => {
  const section = block(source('learning-rate', lang), '{#two-directions}', '{#back-to-work}');

  it('plain descent: η = 0.09 converges, η = 0.11 blows up along w₂', () => {
    const one = bowl2({ kind: 'sgd', lr: 0.09 }, 1).w;
    const ten = bowl2({ kind: 'sgd', lr: 0.09 }, 10).w;
    const wild = [1, 2, 10].map((n) => bowl2({ kind: 'sgd', lr: 0.11 }, n).w[1]);
    for (const value of [...one, ...ten, ...wild]) expect(mentions(section, value), `${value}`).toBe(true);
    expect(Math.abs(wild[2]!)).toBeGreaterThan(1);
  });

  it('momentum at η = 0.01 beats plain descent along the gentle weight, and its loss after 50 steps', () => {
    const plain = bowl2({ kind: 'sgd', lr: 0.01 }, 10).w[0];
    const rolling = bowl2({ kind: 'momentum', lr: 0.01, beta: 0.9 }, 10).w[0];
    for (const value of [plain, rolling, bowl2({ kind: 'momentum', lr: 0.01, beta: 0.9 }, 50).loss, bowl2({ kind: 'sgd', lr: 0.01 }, 50).loss]) {
      expect(mentions(section, value), `${value}`).toBe(true);
    }
    expect(rolling).toBeLessThan(plain);
  });

  it('Adam’s first step moves both weights by η, however different their slopes', () => {
    const [w1, w2] = bowl2({ kind: 'adam', lr: 0.09 }, 1).w;
    expect(w1).toBeCloseTo(w2, 9);
    expect(mentions(section, w1)).toBe(true);
  });

  it('the rolling device’s race: one η for all, and the steps where momentum and Adam reach the floor', () => {
    expect(mentions(section, RACE_ETA)).toBe(true);
    const floor = (id: string) => {
      const path = bowlPath(RACERS.find((r) => r.id === id)!, [-4, 1.5]).points;
      return path.findIndex(([a, b]) => rolling.loss(a, b) < 0.01);
    };
    expect(floor('sgd')).toBe(-1);
    for (const id of ['momentum', 'adam']) expect(numbersIn(section), id).toContain(floor(id));
    // At 0.9 plain descent crosses the valley floor on every step; from 1 it is thrown out.
    const zigzag = bowlPath({ kind: 'sgd', lr: 0.9 }, [-4, 1.5]).points;
    expect(zigzag.slice(1).every(([, b], k) => Math.sign(b) !== Math.sign(zigzag[k]![1]))).toBe(true);
    expect(Math.abs(bowlPath({ kind: 'sgd', lr: 1.01 }, [-4, 1.5]).points.at(-1)![1])).toBeGreaterThan(1.5);
  });
});

describe.each(['en', 'zh'])('inside-a-neuron (%s): yesterday’s all-zero output is chapter 1’s widget', (lang) => {
  it('names the bias and what was passed on, σ(b), as the widget computed them', () => {
    const section = block(source('inside-a-neuron', lang), '{#bias}', '{#weighted-sum}');
    expect(mentions(section, BIAS)).toBe(true);
    expect(mentions(section, activate('sigmoid', BIAS))).toBe(true);
  });
});

/** A softmax layer whose scores are its biases (weights 0), so the engine's softmax gives probabilities. */
const softmaxOf = (scores: number[]) =>
  Network.fromJSON({ layers: [{ weights: scores.map(() => [0]), biases: scores, activation: 'softmax' }] }).predict([[0]])[0]!;

describe.each(['en', 'zh'])('softmax and the first tray’s loss (%s)', (lang) => {
  it('the loss chapter’s softmax check is the engine’s softmax, and its explanation shows it', () => {
    const check = block(source('loss', lang), '<Check id="softmax-share">', '</Check>');
    const [first, second] = softmaxOf([1, 0, 0]);
    const answer = Number(check.match(/<NumberAnswer value=\{(-?[\d.]+)\}/)![1]);
    expect(answer).toBeCloseTo(first!, 3);
    expect(mentions(check, second!)).toBe(true);
  });

  it('the first tray’s loss in the activation broadcast is what an even guess among four breeds costs', () => {
    const announcement = block(source('activation', lang), '<Announcement>\n', '</Announcement>', 1);
    const guess = Network.fromJSON({ layers: [{ weights: [[0], [0], [0], [0]], biases: [0, 0, 0, 0], activation: 'softmax' }] });
    expect(mentions(announcement, guess.loss([[0]], [[1, 0, 0, 0]], 'softmaxCrossEntropy'))).toBe(true);
  });
});
