'use client';

import { useRef, useState } from 'react';
import type { Locale } from '@/lib/i18n';
import { Button } from '@/components/controls/Button';
import { progressStore, useProgress } from './useProgress';
import { progressWords } from './words';
import styles from './progress.module.css';

/** Chapters read and checks passed, with export, import and forget. */
export function ProgressPanel({ lang, total }: { lang: Locale; total: number }) {
  const { progress } = useProgress();
  const [message, setMessage] = useState('');
  const file = useRef<HTMLInputElement>(null);
  const w = progressWords[lang];
  const records = Object.values(progress.chapters);
  const read = records.filter((record) => record.read).length;
  const passed = records.reduce((sum, record) => sum + Object.values(record.checks).filter((c) => c.passed).length, 0);

  function download() {
    const blob = new Blob([progressStore().exportJSON()], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = 'neuron-story-progress.json';
    link.click();
    URL.revokeObjectURL(link.href);
  }

  async function upload(chosen: File | undefined) {
    if (!chosen) return;
    const text = chosen.size > 1_000_000 ? '' : await chosen.text();
    setMessage((await progressStore().importJSON(text)) === 'reset' ? w.importFailed : w.imported);
  }

  return (
    <section aria-label={w.yourProgress} data-testid="progress-panel">
      <p className={styles.summary}>
        {w.chaptersRead(read, total)} · {w.checksPassed(passed)}
      </p>
      <div className={styles.tools}>
        <Button onClick={download}>{w.exportFile}</Button>
        <Button onClick={() => file.current?.click()}>{w.importFile}</Button>
        <input ref={file} type="file" accept="application/json,.json" hidden onChange={(event) => upload(event.target.files?.[0])} />
        <Button
          onClick={() => {
            if (window.confirm(w.forgetConfirm)) progressStore().forget();
          }}
        >
          {w.forget}
        </Button>
      </div>
      <p className={styles.summary} role="status">
        {message}
      </p>
    </section>
  );
}
