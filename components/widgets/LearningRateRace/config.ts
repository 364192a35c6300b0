// The race: one network copied three times (same seeds, same data); only the learning rate differs.
// The defaults were chosen with the engine (see race.test.ts): 0.003 crawls, 0.3 converges,
// 0.8 swings without settling; from about 1.45 the run diverges outright.
import { exponentialDecay, stepDecay, type Schedule } from '@/lib/nn';
import type { TrainerConfig } from '@/lib/nn/worker/protocol';

export { LANES, RACE_STEPS, CHUNK, type LaneId } from './manifest';
/** At least this many ms between chunks. */
export const CHUNK_MS = 30;
/** Steps in one epoch (200 training examples ÷ batch size 10). */
export const EPOCH_STEPS = 20;

/** A run converged if its training loss stayed below THRESHOLD over its last TAIL steps. */
export const THRESHOLD = 0.1;
export const TAIL = 100;

/** The loudspeaker: the programmers divide the large lane's rate by this. */
export const ANNOUNCE_FACTOR = 4;

/** Schedules applied to the large lane's rate: η₀·0.9^epoch, or η₀ halved every 5 epochs. */
export type ScheduleKind = 'exponential' | 'step';
export function laneSchedule(kind: ScheduleKind, lr0: number): Schedule {
  return kind === 'exponential'
    ? exponentialDecay({ lr0, rate: 0.9, every: EPOCH_STEPS })
    : stepDecay({ lr0, factor: 0.5, every: 5 * EPOCH_STEPS });
}

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
