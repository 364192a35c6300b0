'use client';

import type { Locale } from '@/lib/i18n';
import type { StudentSession } from '@/lib/classroom/student';
import { Button } from '@/components/controls/Button';
import { useSignal } from './useSignal';
import { classWords } from './words';
import styles from './Classroom.module.css';

/** A student's line at the top of the deck: following or browsing, the way back, and trouble in words. */
export function StudentBar({ lang, session }: { lang: Locale; session: StudentSession }) {
  const state = useSignal(session.state);
  const w = classWords[lang];
  const problem =
    state.link === 'no-server' ? w.noServer
    : state.phase === 'missing' ? w.missing
    : state.phase === 'too-many' ? w.tooMany
    : state.phase === 'ended' ? w.ended
    : state.link === 'reconnecting' ? w.reconnecting
    : null;
  return (
    <div className={styles.studentBar} data-classroom="" data-testid="student-bar" data-following={state.following ? '' : undefined}>
      {problem ? (
        <p role="alert" className={styles.note}>{problem}</p>
      ) : (
        <p role="status" className={styles.note}>{state.phase === 'joining' ? w.joining : state.following ? w.following : w.browsing}</p>
      )}
      {state.phase === 'in' && !state.following ? (
        <Button primary className={styles.snap} onClick={session.snapBack} data-testid="snap-back">
          {w.snapBack}
        </Button>
      ) : null}
    </div>
  );
}
