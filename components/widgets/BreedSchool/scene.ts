import { z } from 'zod';
import { defineScene } from '../../../lib/scenes/define';
import { LR_RANGE, MAX_STEP, STEPS_PER_FRAME } from './limits';

const step = z.number().int().min(0).max(MAX_STEP).multipleOf(STEPS_PER_FRAME);

/**
 * What a story scene may set on BreedSchool (see lib/scenes/define.ts; accept.ts checks the
 * same in the page): `playing` trains (true also at mount); `until` is the step where training
 * pauses by itself (0: it doesn't); `lr` is Adam's learning rate `value` from step `from` on
 * (before it the run's own 0.003), so a rate changed mid-run replays exactly. The network trains
 * outside the store, so a jump to another step trains afresh from the seed.
 */
export const scene = defineScene({
  state: {
    playing: z.boolean(),
    until: step,
    lr: z.object({ from: step, value: z.number().min(LR_RANGE.min).max(LR_RANGE.max) }).strict(),
  },
  restart: true,
});
