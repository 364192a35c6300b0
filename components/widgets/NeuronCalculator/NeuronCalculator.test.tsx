// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { weightedSum } from '@/lib/nn';
import { formatNumber } from '@/lib/format';
import { renderInStory } from '../state/testing';
import { NeuronCalculator } from '.';

afterEach(cleanup);

const typeInto = (label: string, text: string) => {
  const field = screen.getByRole('textbox', { name: label });
  fireEvent.change(field, { target: { value: text } });
  fireEvent.keyDown(field, { key: 'Enter' });
};

describe('NeuronCalculator', () => {
  it('starts on the picnic table and prints each term and the engine total', () => {
    render(<NeuronCalculator lang="en" />);
    expect(screen.getByTestId('calc-term-2')).toHaveTextContent(`(${formatNumber(weightedSum([0.2], [-2], 0))})`);
    expect(screen.getByTestId('calc-z')).toHaveTextContent(`= ${formatNumber(weightedSum([0.5, 0.2, 1], [0.8, -2, 0.6], -0.5))}`);
    expect(screen.getByRole('button', { name: 'The picnic table' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('follows typed inputs, weights and bias', () => {
    render(<NeuronCalculator lang="en" />);
    typeInto('Input a1', '-0.7');
    typeInto('Weight w3', '1.5');
    typeInto('Bias b', '0.25');
    const z = weightedSum([-0.7, 0.2, 1], [0.8, -2, 1.5], 0.25);
    expect(screen.getByTestId('calc-z')).toHaveTextContent(`= ${formatNumber(z)}`);
    expect(screen.getByTestId('calc-term-1')).toHaveTextContent(formatNumber(weightedSum([-0.7], [0.8], 0)));
    expect(screen.getByTestId('widget-summary')).toHaveTextContent(`z = ${formatNumber(z)}`);
    // No preset equals this setting any more, so none is shown as chosen.
    expect(screen.getByRole('button', { name: 'The picnic table' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('"all inputs zero" leaves exactly the bias', () => {
    render(<NeuronCalculator lang="zh" />);
    fireEvent.click(screen.getByRole('button', { name: '输入全为 0：只剩偏置' }));
    expect(screen.getByTestId('calc-z')).toHaveTextContent(`= ${formatNumber(-0.5)}`);
    expect(screen.getByTestId('calc-story')).toHaveTextContent('剩下的正好是偏置 b');
  });

  it('"ignore this input": moving a1 no longer moves z', () => {
    render(<NeuronCalculator lang="en" />);
    fireEvent.click(screen.getByRole('button', { name: 'Ignore this input' }));
    const before = screen.getByTestId('calc-z').textContent;
    typeInto('Input a1', '-1');
    expect(screen.getByTestId('calc-z').textContent).toBe(before);
    expect(screen.getByTestId('calc-term-1')).toHaveTextContent('0.00');
  });

  it('refuses junk and clamps huge values with a visible message', () => {
    render(<NeuronCalculator lang="en" />);
    const before = screen.getByTestId('calc-z').textContent;
    typeInto('Weight w2', '🙂');
    expect(screen.getByText('That is not a number; the old value is kept.')).toBeInTheDocument();
    expect(screen.getByTestId('calc-z').textContent).toBe(before);
    typeInto('Weight w2', '1e308');
    expect(screen.getByText(/Out of range, so set to 2/)).toBeInTheDocument();
    expect(screen.getByTestId('calc-z')).toHaveTextContent(`= ${formatNumber(weightedSum([0.5, 0.2, 1], [0.8, 2, 0.6], -0.5))}`);
    expect(screen.getByTestId('calc-z').textContent).not.toMatch(/NaN/);
  });

  it('shows the setting a story step put in the widget store', () => {
    const setting = { inputs: [0, 0, 0], weights: [0.8, -2, 0.6], bias: -0.5 };
    renderInStory(<NeuronCalculator lang="en" />, { inputs: setting.inputs, weights: setting.weights, bias: setting.bias });
    expect(screen.getByTestId('calc-z')).toHaveTextContent(`= ${formatNumber(weightedSum(setting.inputs, setting.weights, setting.bias))}`);
    expect(screen.getByRole('button', { name: 'All inputs zero: only the bias is left' })).toHaveAttribute('aria-pressed', 'true');
  });
});
