import { describe, expect, it } from 'vitest';
import { createDataset } from '@/lib/nn/datasets/index';
import { engineTrainer } from '@/components/trainer/replay';
import type { ToyKind } from '@/lib/nn/datasets/index';
import { BATCH_SIZES, DEFAULT_BATCH, KINDS, LR, TARGET_LOSS, TRAIN_SIZE, floorConfig } from './config';

/** Steps the default run needs to bring its training loss below the target (checked every 50). */
function stepsToTarget(kind: ToyKind): number {
  const trainer = engineTrainer({ lanes: [floorConfig(kind, DEFAULT_BATCH, LR.initial)] });
  const last = () => trainer.getState().snapshot!;
  while (last().trainLoss.at(-1)! >= TARGET_LOSS && last().step < 6000) trainer.send({ type: 'train', steps: 50 });
  return last().step;
}

describe('TrainingFloor defaults keep the chapter’s promises', () => {
  it('the training set has TRAIN_SIZE examples and every batch size divides it (one epoch = the whole set)', () => {
    for (const kind of KINDS) expect(createDataset(floorConfig(kind, 10, 0.3).dataset).train.labels).toHaveLength(TRAIN_SIZE);
    for (const batch of BATCH_SIZES) expect(TRAIN_SIZE % batch).toBe(0);
  });

  it('every shape reaches the target, and gauss much sooner than the spiral', () => {
    const steps = Object.fromEntries(KINDS.map((kind) => [kind, stepsToTarget(kind)]));
    for (const kind of KINDS) expect(steps[kind], kind).toBeLessThan(3000);
    expect(steps.gauss! * 10).toBeLessThan(steps.spiral!);
  });
});
