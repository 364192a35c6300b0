'use client';

import { useContext, useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Locale } from '@/lib/i18n';
import type { DeckView } from '@/components/present/DeckContext';
import { ClassroomContext } from './ClassroomContext';
import { ClassScreen } from './ClassScreen';
import { StudentBar } from './StudentBar';
import { useScreen } from './useScreen';

/**
 * The class over the slides: the join card and results on the projector, and a student's bar.
 * Drawn on the page's body (not inside the deck's controls, which hide when idle).
 */
export function ClassOverlay({ lang, view }: { lang: Locale; view: DeckView }) {
  const role = useContext(ClassroomContext);
  const [screen] = useScreen();
  const [body, setBody] = useState<HTMLElement | null>(null);
  // eslint-disable-next-line react-hooks/set-state-in-effect -- the body exists only in the browser
  useEffect(() => setBody(document.body), []);
  if (!body || view === 'handout' || view === 'presenter') return null;
  const student = role?.kind === 'student' ? role.session : null;
  return createPortal(
    <>
      {/* The join card and results are for the projector: a student is in already, and answers on their own screen. */}
      {student ? <StudentBar lang={lang} session={student} /> : <ClassScreen lang={lang} screen={screen} />}
    </>,
    body,
  );
}
