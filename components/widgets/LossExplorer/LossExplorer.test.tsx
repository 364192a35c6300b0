// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { lossTerms, lossValue } from '@/lib/nn';
import { formatNumber } from '@/lib/format';
import { LossExplorer } from '.';
import { OUTLIER, START, TARGETS } from './examples';

afterEach(cleanup);

const typeInto = (label: string, text: string) => {
  const field = screen.getByRole('textbox', { name: label });
  fireEvent.change(field, { target: { value: text } });
  fireEvent.keyDown(field, { key: 'Enter' });
};

const expectTotals = (predictions: number[]) => {
  for (const loss of ['mse', 'mae', 'bce'] as const) {
    expect(screen.getByTestId(`loss-total-${loss}`)).toHaveTextContent(formatNumber(lossValue(loss, predictions, [...TARGETS]), 3));
  }
};

describe('LossExplorer', () => {
  it('shows the engine’s terms and totals for a typed prediction', () => {
    render(<LossExplorer lang="en" />);
    typeInto('Prediction ŷ for example 2', '0.65');
    const predictions = [...START];
    predictions[1] = 0.65;
    expectTotals(predictions);
    const bce = lossTerms('bce', predictions, [...TARGETS]);
    expect(screen.getByTestId('loss-term-bce-2')).toHaveTextContent(formatNumber(bce[1]!, 3));
  });

  it('moves a prediction with the arrow keys on its handle', () => {
    render(<LossExplorer lang="zh" />);
    const handle = screen.getByRole('slider', { name: '例子 1 的预测 ŷ' });
    fireEvent.keyDown(handle, { key: 'ArrowDown' });
    fireEvent.keyDown(handle, { key: 'PageDown' });
    expect(handle).toHaveAttribute('aria-valuenow', '0.69');
    expectTotals([0.69, ...START.slice(1)]);
  });

  it('explains the outlier with shares computed from the terms', () => {
    render(<LossExplorer lang="en" />);
    fireEvent.click(screen.getByRole('button', { name: 'One confident mistake' }));
    const terms = lossTerms('mse', [...OUTLIER], [...TARGETS]);
    const share = Math.round((terms[2]! / terms.reduce((a, b) => a + b, 0)) * 100);
    expect(screen.getByTestId('loss-explain')).toHaveTextContent(`example 3 (y = 1, ŷ = 0.01): on its own it makes up ${share}% of the MSE`);
    const ratio = lossValue('bce', [...OUTLIER], [...TARGETS]) / lossValue('bce', [...START], [...TARGETS]);
    expect(screen.getByTestId('loss-explain')).toHaveTextContent(`cross-entropy ${formatNumber(ratio, 1)} times`);
  });

  it('refuses junk, clamps huge values, and says the clamp shows instead of infinity', () => {
    render(<LossExplorer lang="en" />);
    const before = screen.getByTestId('loss-total-mse').textContent;
    typeInto('Prediction ŷ for example 1', '🙂');
    expect(screen.getByText('That is not a number; the old value is kept.')).toBeInTheDocument();
    expect(screen.getByTestId('loss-total-mse').textContent).toBe(before);
    typeInto('Prediction ŷ for example 2', '1e308');
    expect(screen.getByText(/Out of range, so set to 1.00/)).toBeInTheDocument();
    expect(screen.getByText(/would cost infinitely much/)).toBeInTheDocument();
    expect(screen.getByTestId('loss-total-bce').textContent).not.toMatch(/NaN|∞/);
  });
});
