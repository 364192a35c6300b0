import type { Locale } from '@/lib/i18n';
import { SliderField } from '@/components/controls/SliderField';
import styles from './LearningRateRace.module.css';

/** One lane: its colour, its rate now, how it is doing, and the slider for its starting rate. */
export function LaneRow({ id, name, colour, now, status, slider, lang }: {
  id: string;
  name: string;
  colour: string;
  now: string;
  status: string;
  lang: Locale;
  slider: { label: string; value: number; min: number; max: number; step: number; digits: number; onChange: (lr: number) => void };
}) {
  return (
    <div className={styles.lane} data-lane={id}>
      <div className={styles.laneHead}>
        <span className={styles.swatch} style={{ background: colour }} aria-hidden="true" />
        <strong>{name}</strong>
        <span className={styles.rate} data-testid={`race-rate-${id}`}>{now}</span>
      </div>
      <p className={styles.status} data-testid={`race-status-${id}`}>{status}</p>
      <SliderField {...slider} lang={lang} />
    </div>
  );
}
