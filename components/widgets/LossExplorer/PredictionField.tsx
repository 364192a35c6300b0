'use client';

import { useState } from 'react';
import { formatNumber, inputMessage, parseNumberInput } from '@/lib/format';
import type { Locale } from '@/lib/i18n';
import { P_MAX, P_MIN } from './examples';
import styles from './LossExplorer.module.css';

/**
 * A typed prediction for one example. Junk is refused and out-of-range values are
 * clamped, each with a message passed up (one message line serves the whole row).
 */
export function PredictionField({
  label, value, lang, onChange, onMessage, describedBy,
}: {
  label: string;
  value: number;
  lang: Locale;
  onChange: (value: number) => void;
  onMessage: (message: string) => void;
  /** id of the widget's message line, which explains a refused or clamped value */
  describedBy: string;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);

  function commit(text: string) {
    const parsed = parseNumberInput(text, P_MIN, P_MAX);
    if (!parsed.ok) {
      // Refused: the field shows the prediction still in use, and the message says why.
      setInvalid(true);
      setDraft(null);
      onMessage(inputMessage(lang, parsed.reason));
      return;
    }
    const range = { value: formatNumber(parsed.value), min: String(P_MIN), max: String(P_MAX) };
    onMessage(parsed.clamped ? inputMessage(lang, 'clamped', range) : '');
    setInvalid(false);
    setDraft(null);
    onChange(parsed.value);
  }

  return (
    <input
      className={styles.field}
      type="text"
      inputMode="decimal"
      aria-label={label}
      aria-describedby={describedBy}
      aria-invalid={invalid}
      value={draft ?? formatNumber(value)}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={() => draft !== null && commit(draft)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && draft !== null) commit(draft);
        if (event.key === 'Escape') {
          setDraft(null);
          setInvalid(false);
          onMessage('');
        }
      }}
    />
  );
}
