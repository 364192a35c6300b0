'use client';

import type { ReactNode } from 'react';
import { useCheck } from './CheckContext';
import styles from './Check.module.css';

/** Why the right answer is right; shown once the question is answered right. */
export function Explain({ children }: { children: ReactNode }) {
  const { passed } = useCheck();
  return passed ? (
    <div className={styles.explain} data-testid="check-explain">
      {children}
    </div>
  ) : null;
}
