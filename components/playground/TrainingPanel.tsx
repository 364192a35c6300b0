import type { Locale } from '@/lib/i18n';
import { Segmented } from '@/components/controls/Segmented';
import { SliderField } from '@/components/controls/SliderField';
import { set } from '@/lib/playground/edit';
import { isPictures } from '@/lib/playground/model';
import { BINARY_LOSSES, LIMITS, OPTIMIZERS, type PlaygroundState } from '@/lib/playground/table';
import { RateField } from './RateField';
import type { Update } from './update';
import type { PlaygroundWords } from './words';
import styles from './Playground.module.css';

const L2 = [0, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1];

/** How the network learns: optimizer, learning rate (live), batch size, L2 penalty, loss. */
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
      <div className={styles.field}>
        <label className={styles.fieldLabel}>
          {w.l2}
          <select className={styles.select} value={String(state.l2)} onChange={(e) => update(set('l2', Number(e.target.value)))}>
            {(L2.includes(state.l2) ? L2 : [state.l2, ...L2]).map((v) => <option key={v} value={String(v)}>{String(v)}</option>)}
          </select>
        </label>
      </div>
      {isPictures(state.dataset) ? (
        <p className={styles.hint}>{w.lossDogs}</p>
      ) : (
        <Segmented label={w.loss} value={state.loss} onChange={(v) => update(set('loss', v))}
          options={BINARY_LOSSES.map((l) => ({ value: l, label: w.losses[l] }))} />
      )}
    </div>
  );
}
