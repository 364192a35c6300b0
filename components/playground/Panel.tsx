import type { ReactNode } from 'react';
import styles from './Playground.module.css';

/** A section of controls or views that folds away (on a phone most start folded). */
export function Panel({ title, open, children, name }: { title: string; open: boolean; children: ReactNode; name: string }) {
  return (
    <details className={styles.panel} open={open} data-panel={name}>
      <summary className={styles.panelTitle}>{title}</summary>
      <div className={styles.panelBody}>{children}</div>
    </details>
  );
}
