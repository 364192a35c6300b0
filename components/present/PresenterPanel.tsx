'use client';

import type { Locale } from '@/lib/i18n';
import type { Position, Steps } from '@/lib/present/deck';
import { NextPreview } from './NextPreview';
import { NotesPanel } from './NotesPanel';
import { Timer } from './Timer';
import { Clock } from './Clock';
import { TeacherPanel } from '@/components/classroom/TeacherPanel';
import { words } from './words';
import styles from './Presenter.module.css';

/** The presenter window's side of the screen: timer and clock, what comes next, the notes. */
export function PresenterPanel({ lang, position, steps }: { lang: Locale; position: Position; steps: Steps }) {
  return (
    <>
      <div className={styles.bar}>
        <Timer lang={lang} />
        <Clock lang={lang} />
        <TeacherPanel lang={lang} />
        <p className={styles.hint}>{words[lang].laser}</p>
      </div>
      <NextPreview lang={lang} position={position} steps={steps} />
      <NotesPanel lang={lang} index={position.index} />
    </>
  );
}
