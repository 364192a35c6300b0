'use client';

import type { Locale } from '@/lib/i18n';
import type { Position, Steps } from '@/lib/present/deck';
import { NextPreview } from './NextPreview';
import { NotesPanel } from './NotesPanel';
import { Timer } from './Timer';
import { Countdown } from './Countdown';
import { Clock } from './Clock';
import { TeacherPanel } from '@/components/classroom/TeacherPanel';
import { words } from './words';
import styles from './Presenter.module.css';

/** The presenter window's side of the screen: timer, countdown and clock, what comes next, the notes (or the slide alone, large). */
export function PresenterPanel({ lang, position, steps, large, onLarge }: { lang: Locale; position: Position; steps: Steps; large: boolean; onLarge: (large: boolean) => void }) {
  const w = words[lang];
  return (
    <>
      <div className={styles.bar}>
        <Timer lang={lang} />
        <Countdown lang={lang} index={position.index} />
        <Clock lang={lang} />
        {/* The live slide fills the window, so the teacher can use its widget (it is mirrored to the projector). */}
        <button type="button" className={styles.dialogButton} aria-pressed={large} onClick={() => onLarge(!large)} data-testid="presenter-large">
          {w.large}
        </button>
        <TeacherPanel lang={lang} />
        {/* The hint gives way (it is cut short) where the deck's buttons sit over the bar's right end. */}
        <p className={styles.hint}>{w.laser}</p>
      </div>
      {large ? null : (
        <>
          <NextPreview lang={lang} position={position} steps={steps} />
          <NotesPanel lang={lang} index={position.index} />
        </>
      )}
    </>
  );
}
