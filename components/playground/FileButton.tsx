'use client';

import { useId } from 'react';
import styles from './Playground.module.css';

/**
 * "⬆ Open …": a file from the reader's device. The label is the button; the file input it names
 * is visually hidden but reached by keyboard and screen readers (its focus ring is drawn on the
 * label). The input is emptied after each pick, so the same file can be opened again after an edit.
 */
export function FileButton({ label, accept, testId, onFile }: {
  label: string;
  accept: string;
  testId: string;
  onFile: (file: File) => void;
}) {
  const id = useId();
  return (
    <>
      <label className={styles.fileButton} htmlFor={id}>⬆ {label}</label>
      <input id={id} className={styles.fileInput} type="file" accept={accept} data-testid={testId}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onFile(file);
        }} />
    </>
  );
}
