// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { formatNumber } from '@/lib/format';
import { START_INPUTS, createNetwork } from './network';
import { renderInStory } from '../state/testing';
import { LayerSignals } from '.';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const typeInto = (label: string, text: string) => {
  const field = screen.getByRole('textbox', { name: label });
  fireEvent.change(field, { target: { value: text } });
  fireEvent.keyDown(field, { key: 'Enter' });
};

/** Every "z = …" and "passes on …" number listed for the current layer. */
const listed = (id: 'z' | 'a') => screen.queryAllByTestId(id).map((el) => el.textContent);

describe('LayerSignals', () => {
  it('steps through the layers showing the engine’s sums and outputs', () => {
    render(<LayerSignals lang="en" />);
    typeInto('Input a3', '0.1');
    const inputs = [START_INPUTS[0]!, START_INPUTS[1]!, 0.1, START_INPUTS[3]!];
    const trace = createNetwork().forwardTrace(inputs);
    expect(listed('z')).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Next step' }));
    expect(listed('z')).toEqual(trace.sums[0]!.map((z) => formatNumber(z)));
    expect(listed('a')).toEqual(trace.outputs[0]!.map((a) => formatNumber(a)));
    fireEvent.click(screen.getByRole('button', { name: 'Next step' }));
    expect(listed('z')).toEqual(trace.sums[1]!.map((z) => formatNumber(z)));
    expect(screen.getByTestId('widget-summary')).toHaveTextContent(`Neuron 2: z = ${formatNumber(trace.sums[1]![1]!)}`);
    fireEvent.click(screen.getByRole('button', { name: 'Next step' })); // already at the end: nothing changes
    expect(listed('a')).toEqual(trace.outputs[1]!.map((a) => formatNumber(a)));
    fireEvent.click(screen.getByRole('button', { name: 'Previous step' }));
    expect(listed('z')).toEqual(trace.sums[0]!.map((z) => formatNumber(z)));
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(screen.getByTestId('layer-narration')).toHaveTextContent(/^Inputs:/);
  });

  it('plays one layer every 0.8 s and stops at the last layer', () => {
    vi.useFakeTimers();
    render(<LayerSignals lang="zh" />);
    fireEvent.click(screen.getByRole('button', { name: '播放' }));
    expect(screen.getByRole('button', { name: '暂停' })).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(800));
    expect(screen.getByTestId('layer-narration')).toHaveTextContent(/^中间一层/);
    act(() => vi.advanceTimersByTime(800));
    expect(screen.getByTestId('layer-narration')).toHaveTextContent(/^最后一层/);
    expect(screen.getByRole('button', { name: '播放' })).toBeInTheDocument();
  });

  it('refuses junk and clamps huge inputs with a visible message', () => {
    render(<LayerSignals lang="en" />);
    typeInto('Input a1', '🐶');
    expect(screen.getByText('That is not a number; the old value is kept.')).toBeInTheDocument();
    typeInto('Input a2', '1e308');
    expect(screen.getByText(/Out of range, so set to 1/)).toBeInTheDocument();
    expect(screen.getByTestId('layer-values')).toHaveTextContent('a2 = 1.00');
  });

  it('shows the inputs and lit layers a story step put in the widget store, and plays when told to', () => {
    vi.useFakeTimers();
    const inputs = [0.1, 0.5, 1, 0];
    const store = renderInStory(<LayerSignals lang="en" />, { inputs, stage: 1, playing: true });
    const trace = createNetwork().forwardTrace(inputs);
    expect(listed('z')).toEqual(trace.sums[0]!.map((z) => formatNumber(z)));
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(800));
    expect(listed('a')).toEqual(trace.outputs[1]!.map((a) => formatNumber(a)));
    expect(store.get('c/1:playing')).toBe(false);
  });
});
