'use client';

import type { ReactNode } from 'react';
import { usePredict } from './PredictContext';
import styles from './Check.module.css';

/** What really happens, shown beside the reader's prediction once they have run the experiment. */
export function Outcome({ children }: { children: ReactNode }) {
  const { revealed } = usePredict();
  return revealed ? (
    <div className={styles.explain} data-testid="predict-outcome">
      {children}
    </div>
  ) : null;
}
