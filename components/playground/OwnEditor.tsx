'use client';
// "Your own data" on the output side: which class a click adds, the plot to click on, and
// how many points there are (with a note when the link gets long).
import { useState, type ReactNode } from 'react';
import type { Locale } from '@/lib/i18n';
import { Button } from '@/components/controls/Button';
import { Segmented } from '@/components/controls/Segmented';
import { OWN, pointCount, type OwnPoints } from '@/lib/playground/own';
import { OwnPlot } from './OwnPlot';
import { ownWords } from './ownWords';
import styles from './Playground.module.css';

/** The class picker, the editable plot (`boundary` draws the network under it) and the count. */
export function OwnEditor({ lang, points, onChange, boundary }: {
  lang: Locale;
  points: OwnPoints;
  onChange: (points: OwnPoints) => void;
  /** the boundary picture; the points are drawn over it */
  boundary: (overlay: ReactNode) => ReactNode;
}) {
  const o = ownWords[lang];
  const [label, setLabel] = useState<'0' | '1'>('1');
  const n = pointCount(points);
  const full = n >= OWN.maxPoints;
  return (
    <div className={styles.stack} data-testid="own-editor">
      <div className={styles.row}>
        <Segmented label={o.classPicker} value={label} onChange={setLabel}
          options={(['1', '0'] as const).map((value) => ({ value, label: o.classes[value] }))} />
        <Button onClick={() => onChange([...points, 0, 0, Number(label)])} disabled={full} data-action="add-point">＋ {o.addPoint}</Button>
      </div>
      {boundary(<OwnPlot o={o} points={points} label={label === '1' ? 1 : 0} onChange={onChange} />)}
      <p className={styles.hint}>{o.editHint}</p>
      <p className={styles.muted} data-testid="own-count">{o.count(n)}</p>
      {n < 2 ? <p className={styles.message} role="status">{o.tooFew}</p> : null}
      {full ? <p className={styles.message} role="status">{o.full}</p> : null}
      {n > OWN.linkPoints ? <p className={styles.hint} data-testid="long-link">{o.longLink(n)}</p> : null}
    </div>
  );
}
