'use client';

import { createContext, useContext } from 'react';

/** What a prediction's options need from it. */
export interface PredictContextValue {
  predicted: string | null;
  revealed: boolean;
  outcome: string;
  predict: (option: string) => void;
}

export const PredictContext = createContext<PredictContextValue | null>(null);

export function usePredict(): PredictContextValue {
  const value = useContext(PredictContext);
  if (!value) throw new Error('<Option> and <Outcome> belong inside a <Predict>');
  return value;
}
