'use client';

import { useId } from 'react';
import type { Locale } from '@/lib/i18n';
import { useNumberDraft } from '@/components/controls/useNumberDraft';
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
  const field = useNumberDraft({ shown: String(value), min, max, lang, onChange });
  const listed = RATES.includes(value);
  return (
    <div className={styles.field} data-field={name}>
      <label htmlFor={`${id}-list`} className={styles.fieldLabel}>{label}</label>
      <div className={styles.row}>
        <select id={`${id}-list`} className={styles.select} value={listed ? String(value) : ''} onChange={(e) => {
          field.reset();
          onChange(Number(e.target.value));
        }}>
          {listed ? null : <option value="">{String(value)}</option>}
          {RATES.map((r) => <option key={r} value={String(r)}>{String(r)}</option>)}
        </select>
        <input className={styles.number} aria-label={label} aria-describedby={`${id}-msg`} {...field.inputProps} />
      </div>
      <p id={`${id}-msg`} className={styles.message} role="status">{field.message}</p>
    </div>
  );
}
