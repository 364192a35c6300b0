'use client';

import { useId, useState } from 'react';
import { parseNumberInput } from '@/lib/format';
import { useCheck } from './CheckContext';
import { checkWords } from './words';
import styles from './Check.module.css';

/**
 * A number to type. Within `tolerance` of `value` is right; otherwise Dabai's hint
 * for an answer that is too low or too high.
 */
export function NumberAnswer({ value, tolerance = 1e-9, low, high }: { value: number; tolerance?: number; low: string; high: string }) {
  const id = useId();
  const { lang, picked, answer } = useCheck();
  const [text, setText] = useState('');
  const [feedback, setFeedback] = useState<{ right: boolean; text: string } | null>(null);
  const w = checkWords[lang];

  function submit() {
    const parsed = parseNumberInput(text, -1e12, 1e12);
    if (!parsed.ok) {
      setFeedback({ right: false, text: w.notANumber });
      return;
    }
    const right = Math.abs(parsed.value - value) <= tolerance;
    setFeedback({ right, text: right ? w.right : `${w.wrong} ${w.dabai} ${parsed.value < value ? low : high}` });
    answer(id, right, parsed.value);
  }

  return (
    <form
      className={styles.number}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <label htmlFor={id}>{w.answerLabel}</label>
      <input id={id} type="text" inputMode="decimal" value={text} onChange={(event) => setText(event.target.value)} />
      <button type="submit" className={styles.option}>
        {w.submit}
      </button>
      {feedback && (picked === id || !feedback.right) ? (
        <p className={styles.feedback} role="status" data-testid={feedback.right ? 'check-right' : 'check-hint'}>
          {feedback.text}
        </p>
      ) : null}
    </form>
  );
}
