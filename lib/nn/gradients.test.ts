import { describe, expect, it } from 'vitest';
import type { ActivationName, ScalarActivationName } from './activations';
import type { LossName } from './losses';
import { Network } from './network';
import { randomRows, relativeError } from './testing';

const hidden: ScalarActivationName[] = ['identity', 'sigmoid', 'tanh', 'relu', 'leakyRelu'];
/** Output activation and loss pairs: every scalar output with mse and mae; bce on sigmoid; softmax with cross-entropy and (through its Jacobian) with mse. */
const heads: [ActivationName, LossName][] = [
  ...hidden.flatMap((a): [ActivationName, LossName][] => [[a, 'mse'], [a, 'mae']]),
  ['sigmoid', 'bce'], ['softmax', 'softmaxCrossEntropy'], ['softmax', 'mse'],
];
const cases = hidden.flatMap((h) => heads.map(([out, loss]) => [h, out, loss] as const));

/** Central differences of the batch loss with respect to every parameter. */
function numericGradient(net: Network, x: number[][], y: number[][], loss: LossName): number[] {
  const h = 1e-6;
  return net.params.flatMap((p) => Array.from(p, (_, k) => {
    const w = p[k]!;
    p[k] = w + h;
    const up = net.loss(x, y, loss);
    p[k] = w - h;
    const down = net.loss(x, y, loss);
    p[k] = w;
    return (up - down) / (2 * h);
  }));
}

describe('gradients agree with finite differences', () => {
  it.each(cases)('hidden %s, output %s, loss %s', (act, out, loss) => {
    const net = Network.create({ sizes: [3, 5, 4, 3], activation: act, outputActivation: out, seed: 11, alpha: 0.1 });
    // non-zero biases, so no sum sits exactly on ReLU's kink at 0 (as zero inputs would give)
    net.layers.forEach((l, i) => l.biases.set(randomRows(20 + i, 1, l.nOut, -0.5, 0.5)[0]!));
    const x = randomRows(1, 6, 3, -2, 2);
    const y = loss === 'softmaxCrossEntropy' || loss === 'bce'
      ? randomRows(2, 6, 3).map((row, b) => row.map((_, j) => (j === b % 3 ? 1 : 0)))
      : randomRows(2, 6, 3);
    const g = net.gradients(x, y, loss);
    const analytic = g.layers.flatMap((l) => [...l.weights.flat(), ...l.biases]);
    const numeric = numericGradient(net, x, y, loss);
    expect(analytic.length).toBe(numeric.length);
    expect(analytic.some((v) => v !== 0)).toBe(true);
    expect(relativeError(analytic, numeric)).toBeLessThan(1e-6);
  });

  it('backwardTrace reports the same gradients and the chain rule step by step', () => {
    const net = Network.create({ sizes: [2, 3, 2], activation: 'tanh', outputActivation: 'softmax', seed: 5 });
    const trace = net.backwardTrace([0.3, -0.7], [0, 1], 'softmaxCrossEntropy');
    const g = net.gradients([[0.3, -0.7]], [[0, 1]], 'softmaxCrossEntropy');
    expect(trace.grads).toEqual(g.layers);
    // fused: dL/dz = softmax − y at the output
    expect(trace.dSums[1]![0]).toBeCloseTo(trace.outputs[1]![0]!, 15);
    expect(trace.dSums[1]![1]).toBeCloseTo(trace.outputs[1]![1]! - 1, 15);
    expect(trace.dOutputs[1]![1]).toBeCloseTo(-1 / trace.outputs[1]![1]!, 12);
    // hidden layer: dL/dz = dL/da · tanh'(z) = dL/da · (1 − a²)
    trace.dSums[0]!.forEach((dz, j) => {
      const a = trace.outputs[0]![j]!;
      expect(dz).toBeCloseTo(trace.dOutputs[0]![j]! * (1 - a * a), 15);
    });
    expect(trace.loss).toBeCloseTo(-Math.log(trace.outputs[1]![1]!), 12);
  });
});
