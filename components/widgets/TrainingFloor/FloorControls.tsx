import type { ToyKind } from '@/lib/nn/datasets/index';
import type { Locale } from '@/lib/i18n';
import { Button } from '@/components/controls/Button';
import { Segmented } from '@/components/controls/Segmented';
import { SliderField } from '@/components/controls/SliderField';
import { BATCH_SIZES, KINDS, LR } from './config';
import type { words } from './words';
import styles from './TrainingFloor.module.css';

/** The floor's buttons and settings; a new dataset or batch size starts a new run. */
export function FloorControls({ w, lang, running, kind, batch, lr, onPlay, onStep, onEpoch, onReset, onKind, onBatch, onLr }: {
  w: (typeof words)[Locale];
  lang: Locale;
  running: boolean;
  kind: ToyKind;
  batch: number;
  lr: number;
  onPlay: () => void;
  onStep: () => void;
  onEpoch: () => void;
  onReset: () => void;
  onKind: (kind: ToyKind) => void;
  onBatch: (batch: number) => void;
  onLr: (lr: number) => void;
}) {
  return (
    <>
      <div className={styles.buttons}>
        <Button primary onClick={onPlay}>
          {running ? `❚❚ ${w.pause}` : `▶ ${w.play}`}
        </Button>
        <Button onClick={onStep}>{w.step}</Button>
        <Button onClick={onEpoch}>{w.epoch}</Button>
        <Button onClick={onReset}>{w.reset}</Button>
      </div>
      <div className={styles.settings}>
        <Segmented label={w.dataset} value={kind} onChange={onKind} options={KINDS.map((k) => ({ value: k, label: w.kinds[k] }))} />
        <Segmented
          label={w.batchSize}
          value={String(batch)}
          onChange={(value) => onBatch(Number(value))}
          options={BATCH_SIZES.map((b) => ({ value: String(b), label: String(b) }))}
        />
        <SliderField label={w.learningRate} value={lr} min={LR.min} max={LR.max} step={LR.step} lang={lang} onChange={onLr} />
      </div>
    </>
  );
}
