import { LineChart } from '@/components/charts/LineChart';
import { formatNumber } from '@/lib/format';
import type { AccuracyHistory } from '@/lib/playground/history';
import { GOAL } from './config';
import type { words } from './words';
import styles from './BreedSchool.module.css';

/** Test accuracy as one big number and as a curve with the goal line. */
export function Scoreboard({ w, accuracy, history, step, reachedAt, lr, rateNow }: {
  w: (typeof words)['en'];
  accuracy: number | null;
  history: AccuracyHistory;
  step: number;
  reachedAt: number | null;
  /** the stored rate and the step it applies from (marked on the curve if not from the start) */
  lr: { from: number; value: number };
  /** the rate the trainer runs with now */
  rateNow: number;
}) {
  const goal = formatNumber(100 * GOAL, 0);
  return (
    <div className={styles.scoreboard}>
      <div className={styles.big} data-reached={reachedAt !== null ? '' : undefined}>
        <span className={styles.bigLabel}>{w.accuracy}</span>
        <output className={styles.bigNumber} data-testid="test-accuracy">{accuracy === null ? '–' : `${formatNumber(100 * accuracy, 1)} %`}</output>
        <span className={styles.bigLabel} data-testid="step">{w.step(step)}</span>
        <span className={styles.reached}>{reachedAt !== null ? w.reached(goal, reachedAt) : w.goal(goal)}</span>
        <span className={styles.bigLabel} data-testid="rate">{w.rate(formatNumber(rateNow, rateNow < 0.001 ? 4 : 3))}</span>
      </div>
      <LineChart label={w.chart} xLabel={w.stepAxis} yDomain={[0, 1]} xMax={300} width={380} height={190}
        marks={lr.from > 0 ? [{ x: lr.from, label: w.rateMark(formatNumber(lr.value, lr.value < 0.001 ? 4 : 3)), colour: 'var(--accent)' }] : []}
        series={[
          { id: 'test', label: w.testAccuracy, values: history.test, steps: history.steps, colour: 'var(--pos)' },
          { id: 'goal', label: w.goal(goal), values: [GOAL, GOAL], steps: [0, Math.max(300, step)], colour: 'var(--muted)', dashed: true },
        ]} />
    </div>
  );
}
