// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { activate, weightedSum } from '@/lib/nn';
import { formatNumber } from '@/lib/format';
import { NeuronSignal } from '.';

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
    const z = weightedSum([-1, 0.25, 1], [0.9, -0.6, 0.4], -0.1);
    expect(screen.getByTestId('neuron-sum')).toHaveTextContent(`= ${formatNumber(z)}`);
    expect(screen.getByTestId('neuron-output')).toHaveTextContent(`= ${formatNumber(activate('sigmoid', z))}`);
  });

  it('refuses junk with a visible message and keeps the old value', () => {
    render(<NeuronSignal lang="zh" />);
    const before = screen.getByTestId('neuron-sum').textContent;
    typeInto('输入 a1', 'NaN');
    expect(screen.getByText('这不是一个数，保留了原来的值。')).toBeInTheDocument();
    expect(screen.getByTestId('neuron-sum').textContent).toBe(before);
  });

  it('clamps a huge value into range and says so', () => {
    render(<NeuronSignal lang="en" />);
    typeInto('Input a2', '1e308');
    expect(screen.getByText(/Out of range, so set to 1/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Input a2' })).toHaveValue('1.00');
  });
});
