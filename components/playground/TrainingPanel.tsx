import type { Locale } from '@/lib/i18n';
import { Segmented } from '@/components/controls/Segmented';
import { SliderField } from '@/components/controls/SliderField';
import { set } from '@/lib/playground/edit';
import { isPictures, isRegression } from '@/lib/playground/model';
import { BINARY_LOSSES, LIMITS, OPTIMIZERS, type PlaygroundState } from '@/lib/playground/table';
import { RateField } from './RateField';
import type { Update } from './update';
import type { PlaygroundWords } from './words';
import styles from './Playground.module.css';

/** The rates tensorflow/playground offers for either penalty; a linked rate outside them is listed too. */
const RATES = [0, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1];

/** A penalty's strength as a list of rates. */
function PenaltyField({ name, label, value, onChange }: { name: string; label: string; value: number; onChange: (v: number) => void }) {
  return (
    <div className={styles.field}>
      <label className={styles.fieldLabel}>
        {label}
        <select className={styles.select} name={name} value={String(value)} onChange={(e) => onChange(Number(e.target.value))}>
          {(RATES.includes(value) ? RATES : [value, ...RATES]).map((v) => <option key={v} value={String(v)}>{String(v)}</option>)}
        </select>
      </label>
    </div>
  );
}

/** How the network learns: optimizer, learning rate (live), batch size, L2 and L1 penalties, loss. */
export function TrainingPanel({ w, lang, state, update, onRate }: {
  w: PlaygroundWords;
  lang: Locale;
  state: PlaygroundState;
  update: Update;
  /** the learning rate changes the running network without starting again */
  onRate: (lr: number) => void;
}) {
  return (
    <div className={styles.stack}>
      <Segmented label={w.optimizer} value={state.optimizer} onChange={(v) => update(set('optimizer', v))}
        options={OPTIMIZERS.map((o) => ({ value: o, label: w.optimizers[o] }))} />
      <RateField name="lr" label={w.learningRate} value={state.lr} min={LIMITS.lr.min} max={LIMITS.lr.max} lang={lang} onChange={onRate} />
      <SliderField label={w.batch} value={state.batch} min={LIMITS.batch.min} max={LIMITS.batch.max} step={1} digits={0} lang={lang}
        onChange={(v) => update(set('batch', Math.round(v)))} />
      <PenaltyField name="l2" label={w.l2} value={state.l2} onChange={(v) => update(set('l2', v))} />
      <PenaltyField name="l1" label={w.l1} value={state.l1} onChange={(v) => update(set('l1', v))} />
      {state.l1 > 0 ? <p className={styles.hint}>{w.l1Hint}</p> : null}
      {isPictures(state.dataset) ? (
        <p className={styles.hint}>{w.lossDogs}</p>
      ) : isRegression(state.dataset) ? (
        <p className={styles.hint}>{w.lossRegression}</p>
      ) : (
        <Segmented label={w.loss} value={state.loss} onChange={(v) => update(set('loss', v))}
          options={BINARY_LOSSES.map((l) => ({ value: l, label: w.losses[l] }))} />
      )}
    </div>
  );
}
