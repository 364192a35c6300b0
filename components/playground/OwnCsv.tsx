'use client';
// "Your own data" as text: the points as CSV to read, copy or edit, and a CSV file to open.
// A bad row is refused with its line named, and the points in use stay as they were.
import { useState } from 'react';
import type { Locale } from '@/lib/i18n';
import { Button } from '@/components/controls/Button';
import { csvMessage, parseCsv, writeCsv, OWN, type OwnKind, type OwnPoints } from '@/lib/playground/own';
import { ownWords } from './ownWords';
import { FileButton } from './FileButton';
import styles from './Playground.module.css';

/** A generous bound on a CSV of OWN.maxPoints rows (a row is rarely over 40 characters). */
const MAX_BYTES = OWN.maxPoints * 64;

export function OwnCsv({ lang, kind = 'label', points, onChange }: {
  lang: Locale;
  /** what the third column is: a class (0 or 1) or a value to predict */
  kind?: OwnKind;
  points: OwnPoints;
  onChange: (points: OwnPoints) => void;
}) {
  const o = ownWords[lang];
  const current = writeCsv(points, kind);
  // what is typed, for the points it was typed over: clicks on the plot change the points, and the box follows them
  const [draft, setDraft] = useState({ base: current, text: current });
  const text = draft.base === current ? draft.text : current;
  const setText = (value: string) => setDraft({ base: current, text: value });
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const use = (csv: string) => {
    const result = parseCsv(csv, kind);
    if ('error' in result) return setMessage({ text: csvMessage(lang, result.error), error: true });
    onChange(result.points);
    setMessage({ text: o.loaded(result.points.length / 3), error: false });
  };
  return (
    <div className={styles.stack} data-testid="own-csv">
      <label className={styles.stack}>
        <span className={styles.hint}>{kind === 'value' ? o.csvValues : o.csv}</span>
        <textarea className={styles.csv} value={text} rows={6} spellCheck={false} data-testid="csv-text"
          onChange={(e) => setText(e.target.value)} />
      </label>
      <div className={styles.row}>
        <Button onClick={() => use(text)} data-action="use-csv">{o.useCsv}</Button>
        <FileButton label={o.openCsv} accept="text/csv,.csv,text/plain,.txt" testId="csv-file"
          onFile={(file) => {
            if (file.size > MAX_BYTES) return setMessage({ text: o.fileTooBig, error: true });
            void file.text().then((csv) => {
              setText(csv);
              use(csv);
            });
          }} />
      </div>
      <p className={styles.message} role={message?.error ? 'alert' : 'status'} data-testid="csv-message">{message?.text ?? ''}</p>
    </div>
  );
}
