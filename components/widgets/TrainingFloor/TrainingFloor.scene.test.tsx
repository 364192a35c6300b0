// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { engineTrainer } from '@/components/trainer/replay';
import { formatNumber } from '@/lib/format';
import type { JsonValue } from '../state';
import { renderInStory } from '../state/testing';
import { floorConfig } from './config';
import { TrainingFloor as manifest } from './manifest';
import { accepts, type Limit } from '@/lib/scenes/limits';
import { TrainingFloor } from '.';

const { scene } = manifest;

afterEach(cleanup);

const renderWith = (preset: Record<string, JsonValue>) => renderInStory(<TrainingFloor lang="en" />, preset);

const counter = (id: string) => screen.getByTestId(`floor-${id}`).textContent;

describe('TrainingFloor reads the keys its scene declares', () => {
  it('a stored run and rate: its batch size, the rate in the field and in the running trainer, its first loss', () => {
    const preset = { run: { kind: 'gauss', batch: 25, lr: 1 }, lr: 2, playing: false };
    for (const [key, value] of Object.entries(preset)) expect(accepts((scene.state as Record<string, Limit>)[key]!)(value), key).toBe(true);
    renderWith(preset);
    expect(screen.getByTestId('floor-arithmetic')).toHaveTextContent('200 ÷ 25 = 8');
    expect(screen.getByRole('textbox', { name: 'Learning rate' })).toHaveValue('2.00');
    expect(screen.getByTestId('floor-rate')).toHaveTextContent('learning rate 2.00');
    const first = engineTrainer({ lanes: [floorConfig('gauss', 25, 1)] }).getState().snapshot!;
    expect(screen.getByTestId('floor-loss')).toHaveTextContent(formatNumber(first.trainLoss[0]!, 3));
  });

  it('playing: true in the store starts training at mount, and a new rate reaches the running trainer', async () => {
    const store = renderWith({ playing: true });
    await waitFor(() => expect(Number(counter('steps'))).toBeGreaterThan(0));
    act(() => store.set('c/1:lr', 0.9));
    await waitFor(() => expect(screen.getByTestId('floor-rate')).toHaveTextContent('learning rate 0.90'));
    act(() => store.set('c/1:playing', false));
    expect(screen.getByRole('button', { name: /Play/ })).toBeInTheDocument();
  });

  it('ignores stored values the floor cannot run, and the scene refuses them too', () => {
    const junk = { run: { kind: 'hexagon', batch: 7, lr: 0.5 }, lr: 40 };
    for (const [key, value] of Object.entries(junk)) expect(accepts((scene.state as Record<string, Limit>)[key]!)(value), key).toBe(false);
    renderWith(junk);
    expect(screen.getByTestId('floor-arithmetic')).toHaveTextContent('200 ÷ 10 = 20');
    expect(screen.getByTestId('floor-rate')).toHaveTextContent('learning rate 0.30');
  });
});
