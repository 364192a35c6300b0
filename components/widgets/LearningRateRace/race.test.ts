import { describe, expect, it } from 'vitest';
import { replay } from '@/components/trainer/replay';
import type { TrainerSnapshot } from '@/lib/nn/worker/protocol';
import { CHUNK, LANES, RACE_STEPS, SCHEDULES, laneConfig, type ScheduleKind } from './config';
import { verdict } from './verdict';

/** One lane raced on the engine, its schedule (if any) applied step by step by the trainer. */
const race = (lr: number, schedule: ScheduleKind | null = null): TrainerSnapshot =>
  replay({ lanes: [{ ...laneConfig(lr), ...(schedule ? { schedule: SCHEDULES[schedule] } : {}) }], stepsPerFrame: CHUNK }, RACE_STEPS)[0]!;

const [small, good, large] = LANES.map((lane) => race(lane.initial));
const loss = (s: TrainerSnapshot) => s.trainLoss.at(-1)!;

describe('LearningRateRace defaults, checked with the engine', () => {
  it('the small rate is slower: after the race its loss is well above the good rate’s', () => {
    expect(verdict(good!, true)).toEqual({ kind: 'converged' });
    expect(loss(small!)).toBeGreaterThan(3 * loss(good!));
    expect(verdict(small!, true)).toEqual({ kind: 'notConverged', swinging: false });
  });

  it('the large rate swings and does not converge', () => {
    expect(verdict(large!, true)).toEqual({ kind: 'notConverged', swinging: true });
  });

  it('a decaying schedule lets the same large start settle', () => {
    for (const kind of ['exponential', 'step'] as const) expect(verdict(race(LANES[2].initial, kind), true)).toEqual({ kind: 'converged' });
  });

  it('at the top of the large slider the run diverges, and the step is reported', () => {
    const top = race(LANES[2].max);
    expect(top.diverged).toBe(true);
    expect(verdict(top, false)).toEqual({ kind: 'diverged', step: top.step + 1 });
  });

  it('the challenge has an answer inside the slider: some rate converges, a larger one does not', () => {
    expect(verdict(race(0.6), true).kind).toBe('converged');
    expect(verdict(race(0.7), true).kind).toBe('notConverged');
  });
});
