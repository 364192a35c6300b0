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

/**
 * Time counted while running, on a quarter-second tick: the stopwatch's and the countdown's
 * clock. `restart` sets the count to zero (a running clock keeps running from `from`).
 */
export function useStopwatch() {
  const [banked, setBanked] = useState(0);
  const [since, setSince] = useState<number | null>(null);
  const [now, setNow] = useState(0);
  useEffect(() => {
    if (since === null) return;
    const tick = () => setNow(Date.now());
    tick();
    const timer = window.setInterval(tick, 250);
    return () => window.clearInterval(timer);
  }, [since]);
  const elapsed = banked + (since === null ? 0 : Math.max(0, now - since));
  return {
    elapsed,
    running: since !== null,
    /** the last tick's time: a render may not read the clock */
    now,
    toggle() {
      if (since === null) setSince(Date.now());
      else {
        setBanked(elapsed);
        setSince(null);
      }
    },
    restart(from: number = Date.now()) {
      setBanked(0);
      setSince(since === null ? null : from);
    },
  };
}

/** Start/pause and reset, for a clock made by useStopwatch. */
export function StopwatchButtons({ lang, clock }: { lang: Locale; clock: ReturnType<typeof useStopwatch> }) {
  const w = words[lang];
  return (
    <>
      <button type="button" className={styles.dialogButton} onClick={clock.toggle}>
        {clock.running ? w.pause : w.start}
      </button>
      <button type="button" className={styles.dialogButton} onClick={() => clock.restart()}>
        {w.reset}
      </button>
    </>
  );
}

/** The lesson's stopwatch: start, pause, reset. Time while paused is not counted. */
export function Timer({ lang }: { lang: Locale }) {
  const clock = useStopwatch();
  return (
    <div className={styles.timer} role="group" aria-label={words[lang].timer}>
      <output className={styles.bigTime} data-testid="timer">
        {mmss(clock.elapsed)}
      </output>
      <StopwatchButtons lang={lang} clock={clock} />
    </div>
  );
}
