// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { Network, sgd } from '@/lib/nn';
import { formatNumber } from '@/lib/format';
import { BackpropSteps } from '.';

afterEach(cleanup);

const f = (v: number) => formatNumber(v, 3);
const net = (weights: number[], bias: number) => Network.fromJSON({ layers: [{ weights: [weights], biases: [bias], activation: 'sigmoid' }] });

describe('BackpropSteps', () => {
  it('walks the worked example with the engine’s trace, gradients and step', () => {
    render(<BackpropSteps lang="en" />);
    const network = net([0.5, -1, 0.5], -0.1);
    const trace = network.backwardTrace([0.8, 0.4, 0.2], [1], 'mse');
    const next = () => fireEvent.click(screen.getByRole('button', { name: /Next/ }));
    expect(screen.getByTestId('bp-z')).toHaveTextContent(f(trace.sums[0]![0]!));
    next();
    expect(screen.getByTestId('bp-a')).toHaveTextContent(f(trace.outputs[0]![0]!));
    next();
    expect(screen.getByTestId('bp-loss')).toHaveTextContent(f(trace.loss));
    next();
    expect(screen.getByTestId('bp-dA')).toHaveTextContent(f(trace.dOutputs[0]![0]!));
    next();
    expect(screen.getByTestId('bp-dZ')).toHaveTextContent(f(trace.dSums[0]![0]!));
    expect(screen.getByTestId('bp-grad-w1')).toHaveTextContent('—');
    next();
    const grads = network.gradients([[0.8, 0.4, 0.2]], [[1]], 'mse').layers[0]!;
    grads.weights[0]!.forEach((g, i) => expect(screen.getByTestId(`bp-grad-w${i + 1}`)).toHaveTextContent(f(g)));
    expect(screen.getByTestId('bp-grad-b')).toHaveTextContent(f(grads.biases[0]!));
    next();
    network.trainStep([[0.8, 0.4, 0.2]], [[1]], { loss: 'mse', optimizer: sgd({ lr: 0.5 }) });
    const stepped = network.toJSON().layers[0]!;
    expect(screen.getByTestId('bp-next-w1')).toHaveTextContent(f(stepped.weights[0]![0]!));
    expect(screen.getByTestId('bp-next-b')).toHaveTextContent(f(stepped.biases[0]!));
    expect(screen.getByTestId('bp-update')).toHaveTextContent(f(network.loss([[0.8, 0.4, 0.2]], [[1]], 'mse')));
    expect(screen.getByTestId('bp-narration')).toHaveTextContent(/down from 0.250/);
  });

  it('another round starts from the stepped weights and the loss record falls', () => {
    render(<BackpropSteps lang="zh" />);
    fireEvent.click(screen.getByRole('button', { name: /^7\./ }));
    fireEvent.click(screen.getByRole('button', { name: /再来一轮/ }));
    const network = net([0.5, -1, 0.5], -0.1);
    network.trainStep([[0.8, 0.4, 0.2]], [[1]], { loss: 'mse', optimizer: sgd({ lr: 0.5 }) });
    const z = network.forwardTrace([0.8, 0.4, 0.2]).sums[0]![0]!;
    expect(screen.getByTestId('bp-z')).toHaveTextContent(f(z));
    expect(screen.getByTestId('bp-history')).toHaveTextContent(`0.250 → ${f(network.loss([[0.8, 0.4, 0.2]], [[1]], 'mse'))}`);
  });

  it('an input of 0 gives its weight no blame, and the neuron says so', () => {
    render(<BackpropSteps lang="en" />);
    const field = screen.getByRole('textbox', { name: 'Input a2' });
    fireEvent.change(field, { target: { value: '0' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    fireEvent.click(screen.getByRole('button', { name: /^6\./ }));
    expect(screen.getByTestId('bp-grad-w2')).toHaveTextContent('0.000');
    expect(screen.getByTestId('bp-narration')).toHaveTextContent(/w2 had an input of 0/);
  });
});
