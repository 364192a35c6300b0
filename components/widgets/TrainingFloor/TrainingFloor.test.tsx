// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { engineTrainer } from '@/components/trainer/replay';
import type { TrainerRequest, TrainerSnapshot } from '@/lib/nn/worker/protocol';
import { formatNumber } from '@/lib/format';
import { floorConfig, LR } from './config';
import { TrainingFloor } from '.';

afterEach(cleanup);

const counter = (id: string) => screen.getByTestId(`floor-${id}`).textContent;
const press = (name: string) => act(() => fireEvent.click(screen.getByRole('button', { name })));

/** The same requests on the engine directly, for the expected loss. */
function engine(kind: 'spiral' | 'gauss', batch: number, requests: TrainerRequest[]): TrainerSnapshot {
  const trainer = engineTrainer({ lanes: [floorConfig(kind, batch, LR.initial)] });
  requests.forEach(trainer.send);
  return trainer.getState().snapshot!;
}

describe('TrainingFloor (main-thread trainer in happy-dom)', () => {
  it('counts examples, steps and epochs as the chapter promises', () => {
    render(<TrainingFloor lang="en" />);
    expect([counter('examples'), counter('steps'), counter('epochs')]).toEqual(['0', '0', '0.00']);
    for (let k = 0; k < 3; k++) press('One step');
    expect([counter('examples'), counter('steps'), counter('epochs')]).toEqual(['30', '3', '0.15']);
    press('One epoch');
    expect([counter('examples'), counter('steps'), counter('epochs')]).toEqual(['230', '23', '1.15']);
    const expected = engine('spiral', 10, [{ type: 'step' }, { type: 'step' }, { type: 'step' }, { type: 'epoch' }]);
    expect(screen.getByTestId('floor-loss')).toHaveTextContent(formatNumber(expected.trainLoss.at(-1)!, 3));
    press('Reset');
    expect(counter('steps')).toBe('0');
  });

  it('a new batch size starts a new run, and one epoch is still the whole training set', () => {
    render(<TrainingFloor lang="zh" />);
    press('一步');
    act(() => fireEvent.click(screen.getByRole('radio', { name: '25' })));
    expect(counter('steps')).toBe('0');
    press('一轮');
    expect([counter('examples'), counter('steps'), counter('epochs')]).toEqual(['200', '8', '1.00']);
    expect(screen.getByTestId('floor-arithmetic')).toHaveTextContent('200 ÷ 25 = 8');
  });

  it('refuses a junk learning rate with a visible message and keeps training sane', () => {
    render(<TrainingFloor lang="en" />);
    const field = screen.getByRole('textbox', { name: 'Learning rate' });
    fireEvent.change(field, { target: { value: '🙂' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(screen.getByText('That is not a number; the old value is kept.')).toBeInTheDocument();
    fireEvent.change(field, { target: { value: '1e308' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(field).toHaveValue('3.00');
    // a listener hears the rate in force, and the batch size
    expect(screen.getByTestId('widget-summary')).toHaveTextContent(/batches of 10, learning rate 3\.00:/);
    press('One step');
    expect(screen.queryByText(/NaN/)).toBeNull();
  });
});
