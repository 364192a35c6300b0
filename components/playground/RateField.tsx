'use client';

import { useId, useState } from 'react';
import type { Locale } from '@/lib/i18n';
import { inputMessage, parseNumberInput } from '@/lib/format';
import styles from './Playground.module.css';

/** tensorflow/playground's learning rates, for the quick list. */
const RATES = [0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10];

/**
 * A number spanning decades (learning rate): a list of the usual values, and a field that
 * takes any value within range (junk refused, out-of-range clamped, both said out loud).
 */
export function RateField({ label, value, min, max, lang, onChange, name }: {
  label: string;
  value: number;
  min: number;
  max: number;
  lang: Locale;
  onChange: (value: number) => void;
  name: string;
}) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const commit = (text: string) => {
    const parsed = parseNumberInput(text, min, max);
    if (!parsed.ok) {
      // Refused: the field goes back to the rate still in use, and says why (as every field does).
      setMessage(inputMessage(lang, parsed.reason));
      setDraft(null);
      return;
    }
    setMessage(parsed.clamped ? inputMessage(lang, 'clamped', { value: String(parsed.value), min: String(min), max: String(max) }) : '');
    setDraft(null);
    onChange(parsed.value);
  };
  const listed = RATES.includes(value);
  return (
    <div className={styles.field} data-field={name}>
      <label htmlFor={`${id}-list`} className={styles.fieldLabel}>{label}</label>
      <div className={styles.row}>
        <select id={`${id}-list`} className={styles.select} value={listed ? String(value) : ''} onChange={(e) => {
          setDraft(null);
          setMessage('');
          onChange(Number(e.target.value));
        }}>
          {listed ? null : <option value="">{String(value)}</option>}
          {RATES.map((r) => <option key={r} value={String(r)}>{String(r)}</option>)}
        </select>
        <input
          className={styles.number}
          type="text"
          inputMode="decimal"
          aria-label={label}
          aria-describedby={`${id}-msg`}
          value={draft ?? String(value)}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={() => draft !== null && commit(draft)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && draft !== null) commit(draft);
            if (e.key === 'Escape') {
              setDraft(null);
              setMessage('');
            }
          }}
        />
      </div>
      <p id={`${id}-msg`} className={styles.message} role="status">{message}</p>
    </div>
  );
}
