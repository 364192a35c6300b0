import { useState, type KeyboardEvent, type PointerEvent } from 'react';
import { LineChart, MARGIN } from '@/components/charts/LineChart';
import { formatNumber } from '@/lib/format';
import type { AccuracyHistory } from '@/lib/playground/history';
import type { TrainerSnapshot } from '@/lib/nn/worker/protocol';
import type { PlaygroundWords } from './words';
import styles from './Playground.module.css';

const CHART_WIDTH = 380;

/** Index of the step closest to `step` in an increasing list. */
export function nearest(steps: readonly number[], step: number): number {
  let best = 0;
  for (let k = 1; k < steps.length; k++) if (Math.abs(steps[k]! - step) < Math.abs(steps[best]! - step)) best = k;
  return best;
}

/** Loss and accuracy over steps, training solid and test dashed; steps count on from a snapshot's. Pointing at (or arrowing through) the loss chart reads out a step. */
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
  const train = snapshot?.trainLoss ?? [];
  const test = snapshot?.testLoss ?? [];
  // the point read out: its index in the history, or null (none, or the pointer left)
  const [picked, setPicked] = useState<number | null>(null);
  const at = picked === null || lossSteps.length === 0 ? null : Math.min(picked, lossSteps.length - 1);
  const lastStep = lossSteps.length > 0 ? lossSteps[lossSteps.length - 1]! : 0;
  const maxX = Math.max(xMax, lastStep);
  /** The history point nearest the pointer, by the chart's own x scale (its margins and width). */
  const pointAt = (event: PointerEvent<HTMLDivElement>) => {
    const svg = event.currentTarget.querySelector('svg');
    if (!svg || lossSteps.length === 0) return;
    const box = svg.getBoundingClientRect();
    const x = ((event.clientX - box.left) / box.width) * CHART_WIDTH;
    const step = ((x - MARGIN.left) / (CHART_WIDTH - MARGIN.left - MARGIN.right)) * maxX;
    setPicked(nearest(lossSteps, step));
  };
  const nudge = (event: KeyboardEvent<HTMLDivElement>) => {
    const by = { ArrowLeft: -1, ArrowRight: 1, Home: -Infinity, End: Infinity }[event.key];
    if (by === undefined || lossSteps.length === 0) return;
    event.preventDefault();
    setPicked(Math.max(0, Math.min(lossSteps.length - 1, (at ?? lossSteps.length - 1) + by)));
  };
  const show = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? '–' : formatNumber(v, 3));
  const readout = at === null ? null : w.lossReadout(String(lossSteps[at]), show(train[at]), show(test[at]));
  return (
    <div className={styles.curves}>
      <div className={styles.lossChart} tabIndex={0} role="group" aria-label={w.lossHint} data-testid="loss-chart"
        onPointerMove={pointAt} onPointerDown={pointAt} onPointerLeave={() => setPicked(null)} onKeyDown={nudge} onBlur={() => setPicked(null)}>
        <LineChart label={w.lossChart} xLabel={w.stepAxis} width={CHART_WIDTH} height={200} xMax={xMax}
          marks={at === null ? [] : [{ x: lossSteps[at]!, label: show(train[at]), colour: 'var(--ink)' }]}
          series={[
            { id: 'train-loss', label: w.trainLoss, values: train, steps: lossSteps, colour: 'var(--accent)' },
            { id: 'test-loss', label: w.testLoss, values: test, steps: lossSteps, colour: 'var(--neg)', dashed: true },
          ]} />
      </div>
      <p className={styles.hint} aria-live="polite" data-testid="loss-readout">{readout ?? w.lossHint}</p>
      <LineChart label={w.accuracyChart} xLabel={w.stepAxis} width={CHART_WIDTH} height={200} xMax={xMax} yDomain={[0, 1]}
        series={[
          { id: 'train-acc', label: w.trainAccuracy, values: accuracy.train, steps: accSteps, colour: 'var(--accent)' },
          { id: 'test-acc', label: w.testAccuracy, values: accuracy.test, steps: accSteps, colour: 'var(--neg)', dashed: true },
        ]} />
    </div>
  );
}
