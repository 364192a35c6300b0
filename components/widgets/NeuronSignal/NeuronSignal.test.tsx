// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { activate, weightedSum } from '@/lib/nn';
import { formatNumber } from '@/lib/format';
import { NeuronSignal } from '.';
import { BIAS, WEIGHTS } from './neuron';

afterEach(cleanup);

const typeInto = (label: string, text: string) => {
  const field = screen.getByRole('textbox', { name: label });
  fireEvent.change(field, { target: { value: text } });
  fireEvent.keyDown(field, { key: 'Enter' });
};

describe('NeuronSignal', () => {
  it('shows the weighted sum and output the engine computes for typed inputs', () => {
    render(<NeuronSignal lang="en" />);
    typeInto('Input a1', '-1');
    typeInto('Input a2', '0.25');
    typeInto('Input a3', '1');
    fireEvent.click(screen.getByRole('radio', { name: 'And the last step' }));
    const z = weightedSum([-1, 0.25, 1], [...WEIGHTS], BIAS);
    expect(screen.getByTestId('neuron-sum')).toHaveTextContent(`= ${formatNumber(z)}`);
    expect(screen.getByTestId('neuron-output')).toHaveTextContent(`ŷ = σ(z) = ${formatNumber(activate('sigmoid', z))}`);
  });

  it('starts as a black box and reveals the inside a step at a time', () => {
    render(<NeuronSignal lang="en" />);
    typeInto('Input a1', '0');
    typeInto('Input a2', '0');
    typeInto('Input a3', '0');
    // From outside: only what goes in and what comes out; no weights, no z, no σ.
    expect(screen.queryByTestId('neuron-sum')).toBeNull();
    expect(screen.queryByText(/w1=/)).toBeNull();
    const out = screen.getByTestId('neuron-output');
    expect(out).toHaveTextContent(formatNumber(activate('sigmoid', BIAS)));
    expect(out).not.toHaveTextContent('σ');
    // With every input at 0 what comes out is clearly above the sigmoid's middle: partly the bias.
    expect(activate('sigmoid', BIAS) - 0.5).toBeGreaterThan(0.1);
    fireEvent.click(screen.getByRole('radio', { name: 'The sum inside' }));
    expect(screen.getByTestId('neuron-sum')).toHaveTextContent(`= ${formatNumber(BIAS)}`);
    expect(out).toHaveTextContent(/chapter 4/);
    expect(out).not.toHaveTextContent('σ');
  });

  it('refuses junk with a visible message and keeps the old value', () => {
    render(<NeuronSignal lang="zh" />);
    const before = screen.getByTestId('neuron-output').textContent;
    typeInto('输入 a1', 'NaN');
    expect(screen.getByText('这不是一个数，保留了原来的值。')).toBeInTheDocument();
    expect(screen.getByTestId('neuron-output').textContent).toBe(before);
  });

  it('clamps a huge value into range and says so', () => {
    render(<NeuronSignal lang="en" />);
    typeInto('Input a2', '1e308');
    expect(screen.getByText(/Out of range, so set to 1/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Input a2' })).toHaveValue('1.00');
  });
});
