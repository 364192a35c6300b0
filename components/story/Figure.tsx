import type { ReactNode } from 'react';
import styles from './Figure.module.css';

/** A figure with its caption beneath. */
export function Figure({ caption, children }: { caption?: string; children: ReactNode }) {
  return (
    <figure className={styles.figure}>
      <div className={styles.body}>{children}</div>
      {caption ? <figcaption className={styles.caption}>{caption}</figcaption> : null}
    </figure>
  );
}
