import { SpeakerIcon } from '@/components/story/SpeakerIcon';
import type { Locale } from '@/lib/i18n';
import { Button } from '@/components/controls/Button';
import { Segmented } from '@/components/controls/Segmented';
import { Toggle } from '@/components/controls/Toggle';
import type { ScheduleKind } from './config';
import type { words } from './words';
import styles from './LearningRateRace.module.css';

/** Start/pause and reset, the decay schedule for the large lane, and the loudspeaker. */
export function RaceControls({ w, running, over, canAnnounce, decay, onPlay, onReset, onDecay, onAnnounce }: {
  w: (typeof words)[Locale];
  running: boolean;
  over: boolean;
  canAnnounce: boolean;
  decay: { on: boolean; kind: ScheduleKind };
  onPlay: () => void;
  onReset: () => void;
  onDecay: (decay: { on: boolean; kind: ScheduleKind }) => void;
  onAnnounce: () => void;
}) {
  return (
    <div className={styles.controls}>
      <div className={styles.buttons}>
        <Button primary onClick={onPlay}>{running ? `❚❚ ${w.pause}` : over ? `▶ ${w.again}` : `▶ ${w.start}`}</Button>
        <Button onClick={onReset}>{w.reset}</Button>
        <Button onClick={onAnnounce} disabled={!canAnnounce}><SpeakerIcon waves={3} /> {w.announce}</Button>
      </div>
      <div className={styles.decay}>
        <Toggle label={w.decay} checked={decay.on} onChange={(on) => onDecay({ ...decay, on })} />
        {decay.on ? (
          <Segmented
            label={w.scheduleKind}
            value={decay.kind}
            onChange={(kind) => onDecay({ ...decay, kind })}
            options={(['exponential', 'step'] as const).map((kind) => ({ value: kind, label: w.schedules[kind] }))}
          />
        ) : null}
      </div>
    </div>
  );
}
