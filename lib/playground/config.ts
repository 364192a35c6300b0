import type { TrainerConfig } from '@/lib/nn/worker/protocol';
import { createOptions, freshNetwork } from './fresh';
import { EVAL_SIZE, datasetSpec, isPictures, lossOf } from './model';
import type { PlaygroundState } from './table';

/**
 * The trainer's run: from the snapshot's weights when there is one, else a fresh network
 * (small create options when possible, so the run's key stays short).
 */
export function trainerConfig(state: PlaygroundState, lr: number): TrainerConfig {
  return {
    network: state.start ? state.start.network : (createOptions(state) ?? freshNetwork(state)),
    dataset: datasetSpec(state),
    ...(isPictures(state.dataset) ? {} : { features: state.features }),
    batchSize: state.batch,
    optimizer: { kind: state.optimizer, lr, weightDecay: state.l2, l1: state.l1 },
    loss: lossOf(state),
    seed: state.seed + 2,
    evalSize: EVAL_SIZE,
  };
}

