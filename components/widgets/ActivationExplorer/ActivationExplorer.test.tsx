// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { activate, activationDerivative } from '@/lib/nn';
import { formatNumber } from '@/lib/format';
import { renderInStory } from '../state/testing';
import { ActivationExplorer } from '.';
import { FUNCTIONS } from './functions';

afterEach(cleanup);

const typeInto = (label: string, text: string) => {
  const field = screen.getByRole('textbox', { name: label });
  fireEvent.change(field, { target: { value: text } });
  fireEvent.keyDown(field, { key: 'Enter' });
};

describe('ActivationExplorer', () => {
  it('lists f(z) from the engine for a typed z and each function', () => {
    render(<ActivationExplorer lang="en" />);
    typeInto('Input z', '-2.3');
    for (const fn of FUNCTIONS) {
      expect(screen.getByTestId(`f-${fn}`)).toHaveTextContent(formatNumber(activate(fn, -2.3, 0.1), 3));
    }
  });

  it('shows the slopes only once derivatives are switched on', () => {
    render(<ActivationExplorer lang="en" />);
    const cell = screen.getByTestId('df-tanh');
    expect(cell).toHaveAttribute('aria-hidden', 'true');
    expect(screen.getByTestId('widget-summary')).not.toHaveTextContent('Derivatives');
    fireEvent.click(screen.getByRole('switch', { name: 'Show derivatives (dashed)' }));
    expect(cell).toHaveAttribute('aria-hidden', 'false');
    expect(cell).toHaveTextContent(formatNumber(activationDerivative('tanh', 1.5), 3));
    expect(screen.getByTestId('widget-summary')).toHaveTextContent('Derivatives');
    expect(document.querySelectorAll('[data-curve$="-der"]')).toHaveLength(4);
  });

  it('leaky ReLU follows its slope α for negative z', () => {
    render(<ActivationExplorer lang="en" />);
    typeInto('Input z', '-4');
    typeInto('Leaky ReLU slope α', '0.3');
    expect(screen.getByTestId('f-leakyRelu')).toHaveTextContent(formatNumber(activate('leakyRelu', -4, 0.3), 3));
  });

  it('the pain meter tells that ReLU is silent for negative input and sigmoid saturates', () => {
    render(<ActivationExplorer lang="zh" />);
    typeInto('输入 z', '4.5');
    expect(screen.getByTestId('meter-reading')).toHaveTextContent('饱和');
    expect(screen.getByTestId('meter-value')).toHaveTextContent(formatNumber(activate('sigmoid', 4.5)));
    typeInto('输入 z', '-4.5');
    expect(screen.getByTestId('meter-reading')).toHaveTextContent('贴着底');
    fireEvent.click(screen.getByRole('radio', { name: 'ReLU' }));
    typeInto('输入 z', '-1');
    expect(screen.getByTestId('meter-reading')).toHaveTextContent('一声不吭');
    expect(screen.getByTestId('meter-value')).toHaveTextContent('0.00');
  });

  it('refuses junk and clamps huge values, never printing NaN', () => {
    render(<ActivationExplorer lang="en" />);
    typeInto('Input z', 'NaN');
    expect(screen.getByText('That is not a number; the old value is kept.')).toBeInTheDocument();
    typeInto('Input z', '1e308');
    expect(screen.getByText(/Out of range, so set to 5/)).toBeInTheDocument();
    expect(screen.getByTestId('f-relu')).toHaveTextContent(formatNumber(5, 3));
    for (const cell of screen.getAllByRole('cell')) expect(cell.textContent).not.toMatch(/NaN|∞/);
  });

  it('shows the z, α, slopes and meter a story step put in the widget store', () => {
    renderInStory(<ActivationExplorer lang="en" />, { z: -2, alpha: 0.5, derivatives: true, meterFn: 'leakyRelu' });
    expect(screen.getByTestId('f-leakyRelu')).toHaveTextContent(formatNumber(activate('leakyRelu', -2, 0.5), 3));
    expect(screen.getByTestId('df-sigmoid')).toHaveAttribute('aria-hidden', 'false');
    expect(screen.getByTestId('df-sigmoid')).toHaveTextContent(formatNumber(activationDerivative('sigmoid', -2), 3));
    expect(screen.getByTestId('meter-value')).toHaveTextContent(formatNumber(activate('leakyRelu', -2, 0.5)));
    expect(screen.getByRole('radio', { name: 'leaky ReLU' })).toBeChecked();
  });
});
