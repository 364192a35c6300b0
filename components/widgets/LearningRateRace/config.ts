// The race: one network copied three times (same seeds, same data); only the learning rate differs.
// The defaults were chosen with the engine (see race.test.ts): 0.003 crawls, 0.3 converges,
// 0.8 swings without settling; from about 1.45 the run diverges outright.
import type { ScheduleSpec } from '@/lib/nn/schedules';
import type { TrainerConfig, TrainerSetup } from '@/lib/nn/worker/protocol';
import { CHUNK } from './manifest';

export { LANES, RACE_STEPS, CHUNK, type LaneId } from './manifest';
/** At least this many ms between two snapshots (CHUNK steps per lane each). */
export const CHUNK_MS = 30;
/** Steps in one epoch (200 training examples ÷ batch size 10). */
export const EPOCH_STEPS = 20;

/** A run converged if its training loss stayed below THRESHOLD over its last TAIL steps. */
export const THRESHOLD = 0.1;
export const TAIL = 100;

/** The loudspeaker: the programmers divide the large lane's rate by this. */
export const ANNOUNCE_FACTOR = 4;

/** Schedules applied to the large lane's rate: lr·0.9^epoch, or lr halved every 5 epochs. */
export type ScheduleKind = 'exponential' | 'step';
export const SCHEDULES: Record<ScheduleKind, ScheduleSpec> = {
  exponential: { kind: 'exponential', rate: 0.9, every: EPOCH_STEPS },
  step: { kind: 'step', factor: 0.5, every: 5 * EPOCH_STEPS },
};

/** One lane's run; lanes differ only in `lr`. Mean squared error keeps the bowl of chapter 8 in view. */
export function laneConfig(lr: number): TrainerConfig {
  return {
    network: { sizes: [2, 4, 1], activation: 'relu', outputActivation: 'identity', seed: 3 },
    dataset: { kind: 'circle', n: 400, noise: 0, seed: 1 },
    batchSize: 10,
    optimizer: { kind: 'sgd', lr },
    loss: 'mse',
    seed: 2,
  };
}

/** The loudspeaker's announcements as the trainer takes them: the rate divided by ANNOUNCE_FACTOR at each step. */
export const quartered = (announced: readonly number[]) => announced.map((at) => ({ at, times: 1 / ANNOUNCE_FACTOR }));

/**
 * The whole race as one trainer setup: three lanes in lockstep, CHUNK steps each per snapshot;
 * the large lane carries the schedule and the announcements.
 */
export function raceSetup({ lr, schedule, announced, playing, until }: {
  lr: readonly number[];
  schedule: ScheduleKind | null;
  announced: readonly number[];
  playing: boolean;
  until: number;
}): TrainerSetup {
  return {
    lanes: lr.map((rate, i) => (i === 2 ? { ...laneConfig(rate), ...(schedule ? { schedule: SCHEDULES[schedule] } : {}), announcements: quartered(announced) } : laneConfig(rate))),
    stepsPerFrame: CHUNK,
    frameMs: CHUNK_MS,
    playing,
    until,
  };
}
