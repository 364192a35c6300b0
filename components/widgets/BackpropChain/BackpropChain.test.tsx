// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { Network } from '@/lib/nn';
import { formatNumber } from '@/lib/format';
import { START_PARAMS, START_TARGET, START_X } from './chain';
import { BackpropChain } from '.';

afterEach(cleanup);

const f = (v: number) => formatNumber(v, 3);
/** The chain built here from plain JSON, independently of the widget's own helper. */
const chain = (w2: number) => Network.fromJSON({
  layers: [
    { weights: [[START_PARAMS.w1]], biases: [START_PARAMS.b1], activation: 'sigmoid' },
    { weights: [[w2]], biases: [START_PARAMS.b2], activation: 'sigmoid' },
  ],
});

describe('BackpropChain', () => {
  it('steps forwards and back through two neurons with the engine’s trace and gradients', () => {
    render(<BackpropChain lang="en" />);
    const network = chain(START_PARAMS.w2);
    const t = network.backwardTrace([START_X], [START_TARGET], 'mse');
    const [hidden, out] = network.gradients([[START_X]], [[START_TARGET]], 'mse').layers;
    const stops: [string, number][][] = [
      [['z1', t.sums[0]![0]!]], [['h', t.outputs[0]![0]!]], [['z2', t.sums[1]![0]!]], [['yhat', t.outputs[1]![0]!]], [['loss', t.loss]],
      [['dYhat', t.dOutputs[1]![0]!]], [['dZ2', t.dSums[1]![0]!]], [['dW2', out!.weights[0]![0]!], ['dB2', out!.biases[0]!]],
      [['dH', t.dOutputs[0]![0]!]], [['dZ1', t.dSums[0]![0]!]], [['dW1', hidden!.weights[0]![0]!], ['dB1', hidden!.biases[0]!]],
    ];
    expect(screen.getByTestId('bc-grad-w1')).toHaveTextContent('—');
    for (const shown of stops) {
      for (const [key, value] of shown) expect(screen.getByTestId(`bc-${key}`)).toHaveTextContent(f(value));
      fireEvent.click(screen.getByRole('button', { name: /Next/ }));
    }
    expect(screen.getByTestId('bc-grad-w1')).toHaveTextContent(f(hidden!.weights[0]![0]!));
    expect(screen.getByTestId('bc-grad-w2')).toHaveTextContent(f(out!.weights[0]![0]!));
    expect(screen.getByRole('button', { name: /Next/ })).toBeDisabled();
  });

  it('w₂ = 0 passes no blame back: the hidden weight’s slope is 0 and I say why', () => {
    render(<BackpropChain lang="zh" />);
    const field = screen.getByRole('textbox', { name: /权重 w₂/ });
    fireEvent.change(field, { target: { value: '0' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    fireEvent.click(screen.getByRole('button', { name: /^9\./ }));
    expect(screen.getByTestId('bc-dH')).toHaveTextContent('0.000');
    expect(screen.getByTestId('bc-narration')).toHaveTextContent(/没听我的信号/);
    fireEvent.click(screen.getByRole('button', { name: /^11\./ }));
    expect(screen.getByTestId('bc-dW1')).toHaveTextContent('0.000');
    // The output neuron still has its own blame: only the hidden one is cut off.
    expect(chain(0).gradients([[START_X]], [[START_TARGET]], 'mse').layers[1]!.biases[0]).not.toBe(0);
  });
});
