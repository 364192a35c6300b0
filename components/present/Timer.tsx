'use client';

import { useEffect, useState } from 'react';
import type { Locale } from '@/lib/i18n';
import { words } from './words';
import styles from './Presenter.module.css';

/** Minutes and seconds, whole seconds down. */
export const mmss = (ms: number) => {
  const seconds = Math.floor(ms / 1000);
  return `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
};

/** The lesson's stopwatch: start, pause, reset. Time while paused is not counted. */
export function Timer({ lang }: { lang: Locale }) {
  const [banked, setBanked] = useState(0);
  const [since, setSince] = useState<number | null>(null);
  const [now, setNow] = useState(0);
  const w = words[lang];

  useEffect(() => {
    if (since === null) return;
    const tick = () => setNow(Date.now());
    tick();
    const timer = window.setInterval(tick, 250);
    return () => window.clearInterval(timer);
  }, [since]);

  const elapsed = banked + (since === null ? 0 : Math.max(0, now - since));
  return (
    <div className={styles.timer} role="group" aria-label={w.timer}>
      <output className={styles.bigTime} data-testid="timer">
        {mmss(elapsed)}
      </output>
      <button
        type="button"
        className={styles.dialogButton}
        onClick={() => {
          if (since === null) setSince(Date.now());
          else {
            setBanked(elapsed);
            setSince(null);
          }
        }}
      >
        {since === null ? w.start : w.pause}
      </button>
      <button
        type="button"
        className={styles.dialogButton}
        onClick={() => {
          setBanked(0);
          setSince(since === null ? null : Date.now());
        }}
      >
        {w.reset}
      </button>
    </div>
  );
}
