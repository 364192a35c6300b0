'use client';

import { useLayoutEffect, useRef, useState } from 'react';
import type { Locale } from '@/lib/i18n';
import { words } from './words';
import styles from './Presenter.module.css';

/**
 * The speaker notes of the current slide's section (the chapter's `<Notes>` blocks, kept
 * hidden in the slides' HTML), copied here large enough to read at a glance.
 */
export function NotesPanel({ lang, index }: { lang: Locale; index: number }) {
  const box = useRef<HTMLDivElement>(null);
  const [count, setCount] = useState(0);
  const w = words[lang];

  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const section = document.querySelector(`#main [data-slide="${index}"]`)?.getAttribute('data-section');
    const notes = section ? [...document.querySelectorAll<HTMLElement>(`#main [data-section="${section}"] [data-notes]`)] : [];
    element.replaceChildren(
      ...notes.map((note) => {
        const copy = note.cloneNode(true) as HTMLElement;
        copy.hidden = false;
        copy.removeAttribute('data-notes');
        return copy;
      }),
    );
    setCount(notes.length);
  }, [index]);

  return (
    <section className={styles.notes} aria-label={w.notes}>
      <h2 className={styles.paneTitle}>{w.notes}</h2>
      <div className={`prose ${styles.notesText}`} ref={box} data-testid="presenter-notes" />
      {count === 0 ? <p className={styles.noNotes}>{w.noNotes}</p> : null}
    </section>
  );
}
