'use client';

import { createContext, useContext } from 'react';
import type { Locale } from '@/lib/i18n';

/** What a question's answers need from their question. */
export interface CheckContextValue {
  lang: Locale;
  /** The answer the reader tried last (an id from useId), or null. */
  picked: string | null;
  /** Answered right, now or on an earlier visit. */
  passed: boolean;
  /** `given`: what was answered, for a class's results (a choice's letter, or the number typed). */
  answer: (answerId: string, correct: boolean, given: string | number) => void;
}

export const CheckContext = createContext<CheckContextValue | null>(null);

/** The surrounding question; answers outside a <Check> are an authoring error. */
export function useCheck(): CheckContextValue {
  const value = useContext(CheckContext);
  if (!value) throw new Error('<Choice>, <NumberAnswer> and <Explain> belong inside a <Check>');
  return value;
}
