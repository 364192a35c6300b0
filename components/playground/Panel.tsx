'use client';

import { useState, type ReactNode } from 'react';
import styles from './Playground.module.css';

/**
 * A section of controls or views that folds away (on a phone most start folded). What is
 * inside is drawn the first time the panel opens, and then kept: a folded panel costs nothing
 * at load, and each training snapshot re-renders only what a reader can see.
 */
export function Panel({ title, open, children, name }: { title: string; open: boolean; children: ReactNode; name: string }) {
  const [seen, setSeen] = useState(open);
  if (open && !seen) setSeen(true);
  return (
    <details className={styles.panel} open={open} data-panel={name} onToggle={(event) => event.currentTarget.open && setSeen(true)}>
      <summary className={styles.panelTitle}>{title}</summary>
      <div className={styles.panelBody}>{seen ? children : null}</div>
    </details>
  );
}
