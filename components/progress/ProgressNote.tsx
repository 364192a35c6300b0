'use client';

import type { Locale } from '@/lib/i18n';
import { Button } from '@/components/controls/Button';
import { progressStore, useProgress } from './useProgress';
import { progressWords } from './words';
import styles from './progress.module.css';

/** Says so when stored progress had to be migrated, repaired or reset. */
export function ProgressNote({ lang }: { lang: Locale }) {
  const { note } = useProgress();
  if (note === 'none') return null;
  const w = progressWords[lang];
  return (
    <div className={styles.note} role="status" data-testid="progress-note" data-note={note}>
      <p>{w[note]}</p>
      <Button onClick={() => progressStore().dismissNote()}>{w.dismiss}</Button>
    </div>
  );
}
