'use client';

import { useEffect, useRef } from 'react';
import type { Locale } from '@/lib/i18n';
import { deckKeys, keyLabel } from '@/lib/present/keys';
import { words } from './words';
import styles from './Presenter.module.css';

/** The list of keys (`?`), as a modal dialog: Escape or the button closes it. */
export function HelpDialog({ lang, onClose }: { lang: Locale; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const w = words[lang];
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  return (
    <dialog ref={dialog} className={styles.dialog} aria-label={w.help} onClose={onClose} data-testid="help">
      <h2 className={styles.dialogTitle}>{w.help}</h2>
      <table className={styles.keys}>
        <tbody>
          {deckKeys.map(({ action, keys }) => (
            <tr key={action}>
              <td>
                {keys.map((key) => (
                  <kbd key={key}>{keyLabel(key)}</kbd>
                ))}
              </td>
              <td>{w.actions[action]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className={styles.keysNote}>{w.keysNote}</p>
      <form method="dialog">
        <button type="submit" className={styles.dialogButton} autoFocus>
          {w.close}
        </button>
      </form>
    </dialog>
  );
}
