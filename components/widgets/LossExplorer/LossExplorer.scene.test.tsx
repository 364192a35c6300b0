// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, screen } from '@testing-library/react';
import { lossValue } from '@/lib/nn';
import { formatNumber } from '@/lib/format';
import { renderInStory } from '../state/testing';
import { START, TARGETS } from './examples';
import { LossExplorer as manifest } from './manifest';
import { accepts } from '@/lib/scenes/limits';
import { LossExplorer } from '.';

const { scene } = manifest;

afterEach(cleanup);

const expectTotals = (predictions: number[]) => {
  for (const loss of ['mse', 'mae', 'bce'] as const) {
    expect(screen.getByTestId(`loss-total-${loss}`)).toHaveTextContent(formatNumber(lossValue(loss, predictions, [...TARGETS]), 3));
  }
};

describe('LossExplorer reads the key its scene declares', () => {
  it('shows stored predictions in the fields and the engine’s losses for them; junk is ignored', () => {
    const set = [0.6, 0.1, 0.05, 0.2, 0.95];
    expect(accepts(scene.state.predictions)(set)).toBe(true);
    expect(accepts(scene.state.predictions)([0.6, 0.1, 1.5, 0.2, 0.95])).toBe(false);
    expect(accepts(scene.state.predictions)([0.6, 0.1, 0.055, 0.2, 0.95])).toBe(false);
    const store = renderInStory(<LossExplorer lang="en" />, { predictions: set });
    expect(screen.getByRole('textbox', { name: 'Prediction ŷ for example 3' })).toHaveValue('0.05');
    expectTotals(set);
    act(() => store.set('c/1:predictions', [0.6, 0.1, 7, 0.2, 0.95]));
    expectTotals([...START]);
  });
});
