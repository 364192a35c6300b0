import { describe, expect, it } from 'vitest';
import { engineTrainer } from '@/components/trainer/replay';
import type { TrainerSnapshot } from '@/lib/nn/worker/protocol';
import { levelSegments } from '@/components/charts/Heatmap';
import { CHECK_STEPS, GRID, SIDES, sideConfig, type Side } from './config';

/** Trains one side exactly as the widget's trainer does and returns the last snapshot. */
function train(side: Side, steps: number): TrainerSnapshot {
  const trainer = engineTrainer({ lanes: [sideConfig(side)], grid: GRID });
  trainer.send({ type: 'train', steps });
  const { snapshot, error } = trainer.getState();
  if (error) throw new Error(error);
  return snapshot!;
}

describe('BendTheLine engine check', () => {
  const [identity, tanh] = SIDES.map((side) => train(side, CHECK_STEPS));

  it('trains both sides the same number of steps without diverging', () => {
    expect(identity!.step).toBe(CHECK_STEPS);
    expect(tanh!.step).toBe(CHECK_STEPS);
    expect(identity!.diverged || tanh!.diverged).toBe(false);
  });

  it('tanh bends around the circle: its test loss is below half the straight line’s', () => {
    expect(tanh!.testLoss.at(-1)!).toBeLessThan(identity!.testLoss.at(-1)! / 2);
    expect(tanh!.testAccuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('no activation stays a straight line: it cannot separate the ring from the middle', () => {
    expect(identity!.testAccuracy).toBeLessThanOrEqual(0.75);
    // however long it trains
    expect(train('identity', 3 * CHECK_STEPS).testAccuracy).toBeLessThanOrEqual(0.75);
  });
});

/** Largest distance (in grid cells) of the drawn boundary from the straight line through its two farthest-apart ends. */
function bend(snapshot: TrainerSnapshot): number {
  const seg = levelSegments(snapshot.grid!.values, GRID.nx, GRID.ny, 0.5);
  const pts = Array.from({ length: seg.length / 2 }, (_, k) => [seg[2 * k]!, seg[2 * k + 1]!] as const);
  const [a, b] = [pts[0]!, pts.reduce((far, p) => (Math.hypot(p[0] - pts[0]![0], p[1] - pts[0]![1]) > Math.hypot(far[0] - pts[0]![0], far[1] - pts[0]![1]) ? p : far))];
  const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
  return Math.max(...pts.map((p) => Math.abs((b[0] - a[0]) * (a[1] - p[1]) - (a[0] - p[0]) * (b[1] - a[1])) / length));
}

describe('BendTheLine boundaries as drawn', () => {
  it('the boundary without activation is a straight line; with tanh it curves', () => {
    const [identity, tanh] = SIDES.map((side) => train(side, CHECK_STEPS));
    expect(bend(identity!)).toBeLessThan(0.2);
    expect(bend(tanh!)).toBeGreaterThan(5);
  });
});
