import { z } from 'zod';
import { defineScene } from '../../../lib/scenes/define';
import { CHUNK, LANES, RACE_STEPS } from './lanes';

const rate = (i: number) => z.number().min(LANES[i]!.min).max(LANES[i]!.max);
/** A chunk boundary: rates change and races pause only between chunks, so a story's numbers are exact. */
const boundary = (max: number) => z.number().int().min(CHUNK).max(max).multipleOf(CHUNK);

/**
 * What a story scene may set on LearningRateRace (see lib/scenes/define.ts; accept.ts checks
 * the same limits in the page):
 * - `rates` the three lanes' rates, each inside its slider. A change while the race runs
 *   changes the running lanes there and then (marked on the chart); otherwise it starts a new race.
 * - `decay` the large lane's schedule (a change starts a new race);
 * - `playing` whether the race runs (true also at mount: the race starts by itself);
 * - `until` the step where a running race pauses (the end of the race unless a story stops it halfway);
 * - `announced` the steps where the loudspeaker quarters the large lane's rate, mid-run.
 * The lanes train outside the store, so a jump to another step starts the race afresh.
 */
export const scene = defineScene({
  state: {
    rates: z.tuple([rate(0), rate(1), rate(2)]),
    decay: z.object({ on: z.boolean(), kind: z.enum(['exponential', 'step']) }).strict(),
    playing: z.boolean(),
    until: boundary(RACE_STEPS),
    announced: z.array(boundary(RACE_STEPS - CHUNK)).max(8).refine((steps) => steps.every((at, i) => i === 0 || at > steps[i - 1]!), 'steps in increasing order'),
  },
  restart: true,
});
