import { replay } from '../../trainer/replay';
import type { TrainerSnapshot } from '../../../lib/nn/worker/protocol';
import { BREED_CONFIG, STEPS_PER_FRAME } from './config';
import { BASE_LR } from './limits';

/**
 * The school's run replayed on the engine, what tests compare the widget with: `steps`
 * steps, with Adam's rate `lr` from step `from` on (a story step's rate change).
 */
export const replaySchool = (steps: number, from = steps, lr = BASE_LR): TrainerSnapshot =>
  replay({ lanes: [{ ...BREED_CONFIG, announcements: [{ at: from, lr }] }], stepsPerFrame: STEPS_PER_FRAME }, steps)[0]!;
