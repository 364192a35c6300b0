'use client';

import { scaleLinear } from 'd3-scale';
import type { Bin } from '@/lib/classroom/histogram';
import styles from './Classroom.module.css';

/**
 * Bars for one question's answers: the option (its letter and its own words, when known) or the
 * range, a bar, the count. Counts only, no names.
 */
export function Histogram({ bins, label }: { bins: Bin[]; label: string }) {
  const most = Math.max(1, ...bins.map((bin) => bin.count));
  const width = scaleLinear().domain([0, most]).range([0, 100]);
  return (
    <ul className={styles.bars} aria-label={label} data-testid="histogram">
      {bins.map((bin) => (
        <li key={bin.label} className={styles.barRow} data-label={bin.label} data-count={bin.count} data-text={bin.text ? '' : undefined}>
          <span className={styles.barLabel}>
            {bin.text ? (
              <>
                <span className={styles.barKey}>{bin.label}</span> {bin.text}
              </>
            ) : (
              bin.label
            )}
          </span>
          <span className={styles.barTrack}>
            <span className={styles.bar} style={{ width: `${width(bin.count)}%` }} />
          </span>
          <span className={styles.barCount}>{bin.count}</span>
        </li>
      ))}
    </ul>
  );
}
