import { LineChart } from '@/components/charts/LineChart';
import type { AccuracyHistory } from '@/lib/playground/history';
import type { TrainerSnapshot } from '@/lib/nn/worker/protocol';
import type { PlaygroundWords } from './words';
import styles from './Playground.module.css';

/** Loss and accuracy over steps, training solid and test dashed; steps count on from a snapshot's. */
export function Curves({ w, snapshot, accuracy, offset }: {
  w: PlaygroundWords;
  snapshot: TrainerSnapshot | null;
  accuracy: AccuracyHistory;
  offset: number;
}) {
  const shift = (steps: readonly number[]) => steps.map((s) => s + offset);
  const lossSteps = shift(snapshot?.historySteps ?? []);
  const accSteps = shift(accuracy.steps);
  const xMax = offset + 100;
  return (
    <div className={styles.curves}>
      <LineChart label={w.lossChart} xLabel={w.stepAxis} width={380} height={200} xMax={xMax}
        series={[
          { id: 'train-loss', label: w.trainLoss, values: snapshot?.trainLoss ?? [], steps: lossSteps, colour: 'var(--accent)' },
          { id: 'test-loss', label: w.testLoss, values: snapshot?.testLoss ?? [], steps: lossSteps, colour: 'var(--neg)', dashed: true },
        ]} />
      <LineChart label={w.accuracyChart} xLabel={w.stepAxis} width={380} height={200} xMax={xMax} yDomain={[0, 1]}
        series={[
          { id: 'train-acc', label: w.trainAccuracy, values: accuracy.train, steps: accSteps, colour: 'var(--accent)' },
          { id: 'test-acc', label: w.testAccuracy, values: accuracy.test, steps: accSteps, colour: 'var(--neg)', dashed: true },
        ]} />
    </div>
  );
}
