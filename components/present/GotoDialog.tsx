'use client';

import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Locale } from '@/lib/i18n';
import { parseNumberInput } from '@/lib/format';
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
    // The book's one number reader, so "１２" typed with a Chinese IME is slide 12.
    const parsed = parseNumberInput(text, 1, total);
    if (parsed.ok && !parsed.clamped && Number.isInteger(parsed.value)) onGo(parsed.value);
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
