'use client';

import { useId, useState } from 'react';
import type { Locale } from '@/lib/i18n';
import { formatNumber, inputMessage, parseNumberInput } from '@/lib/format';
import styles from './SliderField.module.css';

export interface SliderFieldProps {
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  lang: Locale;
  onChange: (value: number) => void;
  /** Digits shown in the typed field. */
  digits?: number;
  /** A colour cue for the value's sign (the book's positive/negative colours). */
  signed?: boolean;
}

/**
 * A slider and a typed field bound to one number. Arrow keys move the slider;
 * a typed value is clamped into range or refused with a visible message.
 */
export function SliderField({ label, value, min, max, step, lang, onChange, digits = 2, signed }: SliderFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [refused, setRefused] = useState(false);
  const shown = formatNumber(value, digits).replace('−', '-');

  function commit(text: string) {
    const parsed = parseNumberInput(text, min, max);
    if (!parsed.ok) {
      // Refused: the field goes back to the value still in use, and says why.
      setMessage(inputMessage(lang, parsed.reason));
      setRefused(true);
      setDraft(null);
      return;
    }
    setRefused(false);
    setMessage(
      parsed.clamped
        ? inputMessage(lang, 'clamped', { value: String(parsed.value), min: String(min), max: String(max) })
        : '',
    );
    setDraft(null);
    onChange(parsed.value);
  }

  const sign = !signed || value === 0 ? 'zero' : value > 0 ? 'pos' : 'neg';
  return (
    <div className={styles.field} data-sign={sign}>
      <label className={styles.label} htmlFor={`${id}-range`}>
        {label}
      </label>
      <input
        id={`${id}-range`}
        className={styles.range}
        type="range"
        min={min}
        max={max}
        step={step}
        value={value}
        aria-valuetext={formatNumber(value, digits)}
        onChange={(event) => {
          setDraft(null);
          setMessage('');
          setRefused(false);
          onChange(Number(event.target.value));
        }}
      />
      <input
        className={styles.number}
        type="text"
        inputMode="decimal"
        aria-label={label}
        aria-describedby={`${id}-msg`}
        aria-invalid={refused}
        value={draft ?? shown}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={() => draft !== null && commit(draft)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && draft !== null) commit(draft);
          if (event.key === 'Escape') {
            setDraft(null);
            setMessage('');
            setRefused(false);
          }
        }}
      />
      <p id={`${id}-msg`} className={styles.message} role="status">
        {message}
      </p>
    </div>
  );
}
