'use client';

import { useEffect, useRef } from 'react';
import { formatNumber } from '@/lib/format';
import { greyCss } from './grey';
import styles from './PictureToNumbers.module.css';

/**
 * The 256 numbers the network really receives, read row by row from the top left,
 * in a scrolling column that keeps the pointed-at pixel's entry in view.
 */
export function InputColumn({ values, focus, label }: { values: readonly number[]; focus: number; label: string }) {
  const list = useRef<HTMLOListElement>(null);

  useEffect(() => {
    const box = list.current;
    const item = box?.children[focus] as HTMLElement | undefined;
    // Scroll the column only: scrollIntoView would scroll the whole page as well.
    if (box && item) box.scrollTop = item.offsetTop - box.clientHeight / 2 + item.offsetHeight / 2;
  }, [focus]);

  return (
    <ol ref={list} className={styles.column} aria-label={label} tabIndex={0}>
      {values.map((v, k) => (
        <li key={k} className={styles.entry} data-index={k + 1} data-current={k === focus ? '' : undefined}>
          <span className={styles.entryName}>
            a<sub>{k + 1}</sub>
          </span>
          <span className={styles.swatch} style={{ background: greyCss(v) }} aria-hidden="true" />
          <span className={styles.entryValue}>{formatNumber(v)}</span>
        </li>
      ))}
    </ol>
  );
}
