// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import type { Announcement } from '@/lib/nn/schedules';
import type { TrainerSnapshot } from '@/lib/nn/worker/protocol';
import { replay } from '@/components/trainer/replay';
import { formatNumber } from '@/lib/format';
import type { JsonValue } from '../state';
import { renderInStory } from '../state/testing';
import { CHUNK, laneConfig } from './config';
import { LearningRateRace as manifest } from './manifest';
import { accepts } from '@/lib/scenes/limits';
import { LearningRateRace } from '.';

const { scene } = manifest;

afterEach(cleanup);

const renderWith = (preset: Record<string, JsonValue>) => renderInStory(<LearningRateRace lang="en" />, preset, scene);

/** One lane on the engine: `steps` steps from rate `lr`, changed by `announcements`. */
const engine = (lr: number, steps: number, announcements: Announcement[] = []): TrainerSnapshot =>
  replay({ lanes: [{ ...laneConfig(lr), announcements }], stepsPerFrame: CHUNK }, steps)[0]!;
const loss = (s: TrainerSnapshot) => formatNumber(s.trainLoss.at(-1)!, 3);
const text = (id: string) => screen.getByTestId(id).textContent;

describe('LearningRateRace reads the keys its scene declares', () => {
  it('stored rates reach the lanes, and playing: true with until starts the race at mount and pauses it there', async () => {
    renderWith({ rates: [0.01, 0.5, 1], playing: true, until: 40 });
    await waitFor(() => expect(text('race-step')).toBe('Step 40 / 600'), { timeout: 10_000 });
    expect(text('race-rate-small')).toBe('η = 0.01');
    expect(text('race-rate-large')).toBe('η = 1.00');
    expect(text('race-status-good')).toBe(`loss ${loss(engine(0.5, 40))}`);
    expect(text('race-status-large')).toBe(`loss ${loss(engine(1, 40))}`);
  });

  it('an announcement at a step quarters the large rate there, exactly as the engine does it', async () => {
    const store = renderWith({ playing: true, until: 40 });
    await waitFor(() => expect(text('race-step')).toBe('Step 40 / 600'), { timeout: 10_000 });
    act(() => {
      store.set('c/1:announced', [40]);
      store.set('c/1:until', 80);
    });
    await waitFor(() => expect(text('race-step')).toBe('Step 80 / 600'), { timeout: 10_000 });
    expect(text('race-rate-large')).toBe('η = 0.20');
    expect(text('race-status-large')).toBe(`loss ${loss(engine(0.8, 80, [{ at: 40, lr: 0.2 }]))}`);
  });

  it('a rate changed while paused starts a new race with it', async () => {
    const store = renderWith({ playing: true, until: 40 });
    await waitFor(() => expect(text('race-step')).toBe('Step 40 / 600'), { timeout: 10_000 });
    act(() => store.set('c/1:playing', false));
    act(() => store.set('c/1:rates', [0.003, 0.6, 0.8]));
    await waitFor(() => expect(text('race-step')).toBe('Step 0 / 600'), { timeout: 10_000 });
    act(() => store.set('c/1:playing', true));
    await waitFor(() => expect(text('race-step')).toBe('Step 40 / 600'), { timeout: 10_000 });
    expect(text('race-status-good')).toBe(`loss ${loss(engine(0.6, 40))}`);
  });

  it('a rate changed while the race runs changes the running lane there, marked on the chart', async () => {
    const store = renderWith({ playing: true });
    await waitFor(() => expect(Number(text('race-step')!.split(' ')[1])).toBeGreaterThan(8), { timeout: 10_000 });
    const at = Number(text('race-step')!.split(' ')[1]);
    act(() => store.set('c/1:rates', [0.003, 0.6, 0.8]));
    await waitFor(() => expect(text('race-rate-good')).toBe('η = 0.60'), { timeout: 10_000 });
    expect(Number(text('race-step')!.split(' ')[1])).toBeGreaterThanOrEqual(at);
    expect(screen.getByText('η 0.30→0.60')).toBeInTheDocument();
  });

  it('the scene refuses rates outside the sliders and steps off the chunk grid', () => {
    expect(accepts(scene.state.rates)([0.003, 0.3, 4])).toBe(false);
    expect(accepts(scene.state.until)(301)).toBe(false);
    expect(accepts(scene.state.announced)([300, 200])).toBe(false);
  });
});
