import { z } from 'zod';
import { defineScene } from '../../../lib/scenes/define';
import { P_MAX, P_MIN, TARGETS, snapPrediction } from './examples';

/** A prediction the handles and fields can show exactly: a probability on the 0.01 grid. */
const prediction = z.number().min(P_MIN).max(P_MAX).refine((p) => snapPrediction(p) === p, 'a prediction is a multiple of 0.01');

/**
 * What a story scene may set on LossExplorer (see lib/scenes/define.ts): the five predictions
 * ŷ, one per example, which glide to a step's values so the reader sees a guess being dragged.
 */
export const scene = defineScene({
  state: { predictions: z.tuple([prediction, prediction, prediction, prediction, prediction]) },
  glide: ['predictions'],
});

// The tuple above must have one prediction per example.
if (TARGETS.length !== 5) throw new Error('LossExplorer scene: one prediction per example');
