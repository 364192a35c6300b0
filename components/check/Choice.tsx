'use client';

import { useId, type ReactNode } from 'react';
import { useCheck } from './CheckContext';
import { checkWords } from './words';
import styles from './Check.module.css';

/** One answer to pick. A wrong one carries Dabai's hint for exactly that mistake. */
export function Choice({ correct = false, hint, children }: { correct?: boolean; hint?: string; children: ReactNode }) {
  const id = useId();
  const { lang, picked, passed, answer } = useCheck();
  const chosen = picked === id;
  const w = checkWords[lang];
  return (
    <div className={styles.choice}>
      <button
        type="button"
        className={styles.option}
        aria-pressed={chosen}
        data-result={chosen ? (correct ? 'right' : 'wrong') : passed && correct ? 'right' : undefined}
        onClick={(event) => answer(id, correct, choiceLetter(event.currentTarget))}
      >
        {children}
      </button>
      {chosen ? (
        <p className={styles.feedback} role="status" data-testid={correct ? 'check-right' : 'check-hint'}>
          {correct ? w.right : `${w.wrong} ${w.dabai} ${hint ?? ''}`}
        </p>
      ) : null}
    </div>
  );
}

/** The choice's letter in its question (a, b, c…), the same in every language. */
function choiceLetter(button: HTMLElement): string {
  const all = [...(button.closest('[data-check]')?.querySelectorAll('button[aria-pressed]') ?? [])];
  return String.fromCharCode(97 + Math.max(0, all.indexOf(button)));
}
