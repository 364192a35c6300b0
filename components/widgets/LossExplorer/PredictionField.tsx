'use client';

import { useNumberDraft } from '@/components/controls/useNumberDraft';
import { formatNumber } from '@/lib/format';
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
  const field = useNumberDraft({
    shown: formatNumber(value), min: P_MIN, max: P_MAX, lang, onChange, onMessage, showClamped: (v) => formatNumber(v),
  });
  return <input className={styles.field} aria-label={label} aria-describedby={describedBy} {...field.inputProps} />;
}
