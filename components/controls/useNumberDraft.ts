'use client';

import { useState, type ChangeEvent, type KeyboardEvent } from 'react';
import type { Locale } from '@/lib/i18n';
import { inputMessage, parseNumberInput } from '@/lib/format';

/**
 * The typed half of every number field: the text is kept as typed while editing, read on
 * Enter or blur (lenient, clamped into [min, max], junk refused), and Esc puts back the value
 * in use. A refused or clamped value is said in a message; nothing in use is ever lost.
 * `onMessage` routes the message to a line the caller owns (one line for a row of fields);
 * without it the hook keeps the message itself.
 */
export function useNumberDraft({ shown, min, max, lang, onChange, onMessage, showClamped = String }: {
  /** the value in use, as the field prints it */
  shown: string;
  min: number;
  max: number;
  lang: Locale;
  onChange: (value: number) => void;
  onMessage?: (message: string) => void;
  /** how the message prints a clamped value */
  showClamped?: (value: number) => string;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const [own, setOwn] = useState('');
  const [refused, setRefused] = useState(false);
  const say = onMessage ?? setOwn;

  /** Drops the draft and any message: the value in use was set another way (or Esc). */
  const reset = () => {
    setDraft(null);
    setRefused(false);
    say('');
  };
  const commit = (text: string) => {
    const parsed = parseNumberInput(text, min, max);
    setDraft(null);
    setRefused(!parsed.ok);
    if (!parsed.ok) return say(inputMessage(lang, parsed.reason));
    const range = { value: showClamped(parsed.value), min: String(min), max: String(max) };
    say(parsed.clamped ? inputMessage(lang, 'clamped', range) : '');
    onChange(parsed.value);
  };

  return {
    message: own,
    reset,
    /** Spread on the `<input type="text">`. */
    inputProps: {
      type: 'text',
      inputMode: 'decimal',
      'aria-invalid': refused,
      value: draft ?? shown,
      onChange: (event: ChangeEvent<HTMLInputElement>) => setDraft(event.target.value),
      onBlur: () => draft !== null && commit(draft),
      onKeyDown: (event: KeyboardEvent) => {
        if (event.key === 'Enter' && draft !== null) commit(draft);
        if (event.key === 'Escape') reset();
      },
    } as const,
  };
}
