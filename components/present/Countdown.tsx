'use client';

import { useState } from 'react';
import type { Locale } from '@/lib/i18n';
import { useNumberDraft } from '@/components/controls/useNumberDraft';
import { StopwatchButtons, mmss, useStopwatch } from './Timer';
import { words } from './words';
import styles from './Presenter.module.css';

/** How long a countdown may be set to, in minutes. */
const MINUTES = { min: 1, max: 180 };
type Scope = 'chapter' | 'slide';

/**
 * A countdown beside the stopwatch, for the chapter or for each slide (it starts again when
 * the slide changes). The teacher sets the minutes; when the time is up the box turns the
 * accent colour and says so, and keeps counting the time over, without sound or flashing.
 */
export function Countdown({ lang, index }: { lang: Locale; index: number }) {
  const w = words[lang];
  const [minutes, setMinutes] = useState(5);
  const [scope, setScope] = useState<Scope>('chapter');
  const clock = useStopwatch();
  const [slide, setSlide] = useState(index);
  const field = useNumberDraft({ shown: String(minutes), ...MINUTES, lang, onChange: (value) => setMinutes(Math.round(value)) });

  // A per-slide countdown starts again on each new slide (and keeps running if it ran).
  if (slide !== index) {
    setSlide(index);
    // The last tick is the time now, to a quarter second (a render may not read the clock).
    if (scope === 'slide') clock.restart(clock.now);
  }

  const left = minutes * 60_000 - clock.elapsed;
  const over = left <= 0;
  return (
    <div className={styles.countdown} role="group" aria-label={w.countdown} data-over={over ? '' : undefined} data-testid="countdown">
      <output className={styles.bigTime} data-testid="countdown-time" aria-live={over ? 'polite' : 'off'}>
        {over ? `+${mmss(-left)}` : mmss(left + 999)}
      </output>
      {over ? <p className={styles.countdownNote}>{w.timeUp}</p> : null}
      <label className="visually-hidden" htmlFor="countdown-minutes">
        {w.countdownMinutes}
      </label>
      <input id="countdown-minutes" className={styles.countdownField} {...field.inputProps} title={w.countdownMinutes} />
      <label className="visually-hidden" htmlFor="countdown-scope">
        {w.countdownScope}
      </label>
      <select id="countdown-scope" className={styles.countdownScope} value={scope} onChange={(event) => setScope(event.target.value as Scope)}>
        <option value="chapter">{w.perChapter}</option>
        <option value="slide">{w.perSlide}</option>
      </select>
      <StopwatchButtons lang={lang} clock={clock} />
      {field.message ? (
        <p role="alert" className={styles.refused}>
          {field.message}
        </p>
      ) : null}
    </div>
  );
}
