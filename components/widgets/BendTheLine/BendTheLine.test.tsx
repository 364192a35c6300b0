// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { engineTrainer } from '@/components/trainer/replay';
import type { TrainerSnapshot } from '@/lib/nn/worker/protocol';
import { formatNumber } from '@/lib/format';
import { Network } from '@/lib/nn';
import { SIDES, sideConfig, type Side } from './config';
import { renderInStory } from '../state/testing';
import { BendTheLine } from '.';

afterEach(cleanup);

function engine(side: Side, steps: number): TrainerSnapshot {
  const trainer = engineTrainer({ lanes: [sideConfig(side)] });
  if (steps > 0) trainer.send({ type: 'train', steps });
  return trainer.getState().snapshot!;
}

describe('BendTheLine (main-thread trainer in happy-dom)', () => {
  it('one step moves both sides together and shows the engine’s numbers', () => {
    render(<BendTheLine lang="en" />);
    for (let k = 0; k < 5; k++) act(() => fireEvent.click(screen.getByRole('button', { name: 'One step' })));
    expect(screen.getByTestId('bend-step')).toHaveTextContent('Step 5');
    for (const side of SIDES) {
      const s = engine(side, 5);
      expect(screen.getByTestId(`bend-loss-${side}`)).toHaveTextContent(formatNumber(s.testLoss.at(-1)!, 3));
      expect(screen.getByTestId(`bend-accuracy-${side}`)).toHaveTextContent(`${formatNumber(s.testAccuracy * 100, 0)}%`);
    }
    act(() => fireEvent.click(screen.getByRole('button', { name: 'Reset' })));
    expect(screen.getByTestId('bend-step')).toHaveTextContent('Step 0');
    expect(screen.getByTestId('widget-summary')).toHaveTextContent(`Step 0: with no activation, loss ${formatNumber(engine('identity', 0).testLoss[0]!, 3)}`);
  });

  it('trains when a story step stored playing: true, and stops when it is false again', async () => {
    const store = renderInStory(<BendTheLine lang="en" />, { playing: true });
    expect(screen.getByRole('button', { name: /Pause/ })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('bend-step').textContent).not.toBe('Step 0'), { timeout: 3000 });
    act(() => store.set('c/1:playing', false));
    expect(screen.getByRole('button', { name: /Play/ })).toBeInTheDocument();
  });

  it('shows each side\'s hidden neurons; a neuron worked out at a point gives lib/nn\'s output for it', async () => {
    render(<BendTheLine lang="en" />);
    for (let k = 0; k < 5; k++) act(() => fireEvent.click(screen.getByRole('button', { name: 'One step' })));
    // two hidden layers of 4 on each side
    await waitFor(() => expect(document.querySelectorAll('[data-maps-side] button[data-neuron]')).toHaveLength(16));
    const trainer = engineTrainer({ lanes: SIDES.map(sideConfig) });
    trainer.send({ type: 'train', steps: 5 });
    trainer.send({ type: 'snapshot', network: true });
    const tanh = Network.fromJSON(trainer.getState().lanes[1]!.network!);
    const tanhSide = document.querySelector('[data-maps-side="tanh"]')!;
    const neuron = tanhSide.querySelector<HTMLButtonElement>('[data-neuron="1-2"]')!;
    // picked once: its formula follows the weights the widget reads a moment after the steps
    act(() => fireEvent.click(neuron));
    await waitFor(() => {
      const output = Number(tanhSide.querySelector('[data-testid="neuron-formula"]')!.getAttribute('data-output'));
      expect(output).toBeCloseTo(tanh.forwardTrace([0.5, 0.5]).outputs[1]![2]!, 12);
    }, { timeout: 5000 });
    expect(tanhSide.querySelector('[data-testid="neuron-large"]')).toHaveAttribute('data-neuron', '1-2');
    expect(screen.getByTestId('neuron-formula')).toHaveTextContent(/weighted sum z = .* = [−-]?\d\.\d{3}/);
  });
});
