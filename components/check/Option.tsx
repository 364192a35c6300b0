'use client';

import type { ReactNode } from 'react';
import { usePredict } from './PredictContext';
import styles from './Check.module.css';

/** One possible outcome to predict; after the reveal, the actual outcome is marked. */
export function Option({ id, children }: { id: string; children: ReactNode }) {
  const { predicted, revealed, outcome, predict } = usePredict();
  const mine = predicted === id;
  const result = revealed && id === outcome ? 'right' : revealed && mine ? 'wrong' : undefined;
  return (
    <div className={styles.choice}>
      <button type="button" className={styles.option} aria-pressed={mine} data-option={id} data-result={result} disabled={revealed && !mine && id !== outcome} onClick={() => predict(id)}>
        {children}
      </button>
    </div>
  );
}
