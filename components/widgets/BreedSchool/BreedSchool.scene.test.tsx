// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor } from '@testing-library/react';
import type { TrainerSnapshot } from '@/lib/nn/worker/protocol';
import { replay } from '@/components/trainer/replay';
import { schoolSetup } from './config';
import { BASE_LR } from './manifest';
import { formatNumber } from '@/lib/format';
import type { JsonValue } from '../state';
import { renderInStory } from '../state/testing';
import { BreedSchool as manifest } from './manifest';
import { accepts } from '@/lib/scenes/limits';
import { BreedSchool } from '.';

const { scene } = manifest;
/** The school's run on the engine: `steps` steps, with Adam's rate `lr` from step `from` on. */
const engine = (steps: number, from = 0, lr = BASE_LR) => replay(schoolSetup({ playing: true, until: 0, lr: { from, value: lr } }), steps)[0]!;

afterEach(cleanup);

const renderWith = (preset: Record<string, JsonValue>) => renderInStory(<BreedSchool lang="en" />, preset, scene);

const percent = (s: TrainerSnapshot) => `${formatNumber(100 * s.testAccuracy, 1)} %`;

describe('BreedSchool reads the keys its scene declares', () => {
  it('playing: true at mount trains, and pauses by itself at `until`', async () => {
    renderWith({ playing: true, until: 20 });
    await waitFor(() => expect(screen.getByTestId('step')).toHaveTextContent('after 20 steps'), { timeout: 20_000 });
    expect(screen.getByTestId('test-accuracy')).toHaveTextContent(percent(engine(20)));
    expect(screen.getByRole('button', { name: /Train/ })).toBeInTheDocument();
  }, 30_000);

  it('a stored rate applies from its step on, exactly as the engine does it', async () => {
    renderWith({ playing: true, until: 20, lr: { from: 10, value: 0.03 } });
    await waitFor(() => expect(screen.getByTestId('step')).toHaveTextContent('after 20 steps'), { timeout: 20_000 });
    expect(screen.getByTestId('rate')).toHaveTextContent('Adam, learning rate 0.030');
    expect(screen.getByTestId('test-accuracy')).toHaveTextContent(percent(engine(20, 10, 0.03)));
  }, 30_000);

  it('the scene refuses a rate out of range and a step the loop cannot stop at', () => {
    expect(accepts(scene.state.lr)({ from: 0, value: 1 })).toBe(false);
    expect(accepts(scene.state.until)(31)).toBe(false);
  });
});
