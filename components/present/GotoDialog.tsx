'use client';

import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Locale } from '@/lib/i18n';
import { words } from './words';
import styles from './Presenter.module.css';

/** `g`: type a slide number and press Enter. A number outside the deck is refused, with a message. */
export function GotoDialog({ lang, total, onGo, onClose }: { lang: Locale; total: number; onGo: (n: number) => void; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState('');
  const [refused, setRefused] = useState(false);
  const w = words[lang];
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const n = Number(text.trim());
    if (Number.isInteger(n) && n >= 1 && n <= total) onGo(n);
    else setRefused(true);
  };
  return (
    <dialog ref={dialog} className={styles.dialog} aria-label={w.goto} onClose={onClose} data-testid="goto">
      <form onSubmit={submit} className={styles.gotoForm}>
        <label>
          {w.goto} (1–{total})
          <input
            className={styles.gotoInput}
            inputMode="numeric"
            autoFocus
            value={text}
            aria-invalid={refused || undefined}
            onChange={(event) => {
              setText(event.target.value);
              setRefused(false);
            }}
          />
        </label>
        <button type="submit" className={styles.dialogButton}>
          {w.go}
        </button>
      </form>
      <p className={styles.refused} role="alert">
        {refused ? w.refused(total) : ''}
      </p>
    </dialog>
  );
}
