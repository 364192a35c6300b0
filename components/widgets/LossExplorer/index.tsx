'use client';

import { useId, useState } from 'react';
import { formatNumber } from '@/lib/format';
import type { Locale } from '@/lib/i18n';
import { Button } from '@/components/controls/Button';
import { accepts } from '@/lib/scenes/limits';
import { useWidgetState } from '../state';
import { WidgetFrame } from '../WidgetFrame';
import { OUTLIER, START, TARGETS, snapPrediction } from './examples';
import { LossExplorer as manifest } from './manifest';
import { explain, measure, type ShownLoss } from './explain';
import { LossTable } from './LossTable';
import { PredictionChart } from './PredictionChart';
import { PredictionField } from './PredictionField';
import { words } from './words';
import styles from './LossExplorer.module.css';

const START_TABLE = measure(START, TARGETS);
const percent = (share: number) => `${Math.round(share * 100)}%`;
const sameAs = (a: readonly number[], b: readonly number[]) => a.every((v, i) => v === b[i]);

/** Chapter 6: drag five predictions and watch MSE, MAE and cross-entropy measure the gap. */
export function LossExplorer({ lang }: { lang: Locale }) {
  // Shared widget state: a story step (or the other presentation window) may set the five guesses.
  const [predictions, setPredictions] = useWidgetState<readonly number[]>('predictions', START, accepts(manifest.scene.state.predictions));
  const [message, setMessage] = useState('');
  const messageId = useId();
  const w = words[lang];
  const table = measure(predictions, TARGETS);
  const why = explain(table, START_TABLE, sameAs(predictions, START));

  const setPrediction = (index: number, value: number) =>
    setPredictions((old) => old.map((p, i) => (i === index ? snapPrediction(value) : p)));
  const per = (f: (loss: ShownLoss) => string) => ({ mse: f('mse'), mae: f('mae'), bce: f('bce') });
  const totals = per((loss) => formatNumber(table.totals[loss], 3));

  let sentence = w.perfect;
  if (why.kind === 'worst') {
    const n = why.index;
    sentence = w.worst(n + 1, String(TARGETS[n]), formatNumber(predictions[n]!), per((loss) => percent(why.shares[loss])));
    const { ratios } = why;
    if (ratios) sentence += `${w.gap}${w.ratios(per((loss) => formatNumber(ratios[loss], 1)))}`;
  }
  // Exactly 0 or 1 on the wrong side: the engine's clamp, not the true ∞, is what shows.
  const capped = predictions.findIndex((p, i) => Math.abs(p - TARGETS[i]!) === 1);

  return (
    <WidgetFrame name="LossExplorer" title={w.title} summary={`${w.summary(predictions.map((p) => formatNumber(p)), totals)} ${sentence}`}>
      <p className={styles.question}>{w.question}</p>
      <div className={styles.stage}>
        <PredictionChart
          targets={TARGETS}
          predictions={predictions}
          label={w.chartLabel}
          handleLabel={w.prediction}
          answerLabel={w.answer}
          onChange={setPrediction}
        />
        <div className={styles.fields}>
          {predictions.map((p, i) => (
            <PredictionField key={i} label={w.prediction(i + 1)} value={p} lang={lang} onChange={(v) => setPrediction(i, v)} onMessage={setMessage} describedBy={messageId} />
          ))}
        </div>
      </div>
      <p id={messageId} className={styles.message} role="status">{message}</p>
      <div className={styles.presets}>
        <Button onClick={() => setPredictions(OUTLIER)}>{w.outlier}</Button>
        <Button onClick={() => setPredictions(START)}>{w.reset}</Button>
      </div>
      <LossTable table={table} targets={TARGETS} caption={w.tableCaption} names={w.lossShort} longNames={w.loss} corner={w.corner} example={w.example} mean={w.mean} />
      <p className={styles.explain} data-testid="loss-explain">{sentence}</p>
      {capped >= 0 ? <p className={styles.note}>{w.capped(formatNumber(table.terms.bce[capped]!, 3))}</p> : null}
    </WidgetFrame>
  );
}
