'use client';

import { useId } from 'react';
import type { Locale } from '@/lib/i18n';
import { formatNumber } from '@/lib/format';
import { useNumberDraft } from './useNumberDraft';
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
  const field = useNumberDraft({ shown: formatNumber(value, digits).replace('−', '-'), min, max, lang, onChange });
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
          field.reset();
          onChange(Number(event.target.value));
        }}
      />
      <input className={styles.number} aria-label={label} aria-describedby={`${id}-msg`} {...field.inputProps} />
      <p id={`${id}-msg`} className={styles.message} role="status">
        {field.message}
      </p>
    </div>
  );
}
