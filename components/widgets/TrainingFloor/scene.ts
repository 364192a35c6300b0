import { z } from 'zod';
import { defineScene } from '../../../lib/scenes/define';
import { BATCH_SIZES, KINDS, LR } from './config';

const rate = z.number().min(LR.min).max(LR.max);

/**
 * What a story scene may set on TrainingFloor (see lib/scenes/define.ts): the run (data shape,
 * batch size, starting rate), the running learning rate (changes the live run, no restart) and
 * whether it plays. The network trains outside the store, so a jump to another step starts afresh.
 */
export const scene = defineScene({
  state: {
    run: z.object({
      kind: z.enum(KINDS),
      batch: z.union(BATCH_SIZES.map((b) => z.literal(b))),
      lr: rate,
    }).strict(),
    lr: rate,
    playing: z.boolean(),
  },
  restart: true,
});
