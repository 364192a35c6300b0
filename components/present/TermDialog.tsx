'use client';

import { useEffect, useRef } from 'react';
import type { Locale } from '@/lib/i18n';
import { words } from './words';
import styles from './Presenter.module.css';

/** A glossary term as the slide's TermCard carries it (components/story/TermCard.tsx). */
export interface TermInfo {
  name: string;
  otherName: string;
  otherLang: string;
  definition: string;
}

/**
 * Reads a clicked term link's card: the page already holds the words (looked up on the server),
 * so the deck shows them without leaving the slide. Null if the click was not on a term.
 */
export function termFromClick(target: EventTarget | null): TermInfo | null {
  const link = target instanceof Element ? target.closest<HTMLAnchorElement>('a[data-term]') : null;
  const card = link?.parentElement?.querySelector('[role="tooltip"]');
  if (!link || !card) return null;
  const other = card.querySelector<HTMLElement>('[lang]');
  return {
    name: link.textContent?.trim() ?? '',
    otherName: other?.textContent?.trim() ?? '',
    otherLang: other?.lang ?? '',
    definition: card.lastElementChild?.textContent?.trim() ?? '',
  };
}

/** A glossary card over the slide (a term clicked in the deck does not navigate away). */
export function TermDialog({ lang, term, onClose }: { lang: Locale; term: TermInfo; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const w = words[lang];
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  return (
    <dialog ref={dialog} className={`${styles.dialog} ${styles.termDialog}`} aria-label={term.name} onClose={onClose} data-testid="term-dialog">
      <h2 className={styles.dialogTitle}>{term.name}</h2>
      {term.otherName ? (
        <p className={styles.termOther} lang={term.otherLang}>
          {term.otherName}
        </p>
      ) : null}
      <p className={styles.termDefinition}>{term.definition}</p>
      <form method="dialog">
        <button type="submit" className={styles.dialogButton} autoFocus>
          {w.close}
        </button>
      </form>
    </dialog>
  );
}
