'use client';
// "Your own data" on the output side: which class a click adds, the plot to click on, and
// how many points there are (with a note when the link gets long).
import { useState, type ReactNode } from 'react';
import type { Locale } from '@/lib/i18n';
import { Button } from '@/components/controls/Button';
import { Segmented } from '@/components/controls/Segmented';
import type { Away } from '@/lib/playground/away';
import { OWN, pointCount, type OwnKind, type OwnPoints } from '@/lib/playground/own';
import { OwnPlot } from './OwnPlot';
import { ownWords } from './ownWords';
import styles from './Playground.module.css';

/** Values a click may add for regression: both ends, the middle and halfway (the CSV takes any in between). */
const VALUES = ['1', '0.5', '0', '-0.5', '-1'] as const;

/** The class (or value) picker, the editable plot (`boundary` draws the network under it) and the count. */
export function OwnEditor({ lang, kind = 'label', points, away = null, onChange, boundary }: {
  lang: Locale;
  /** what the link said of points it left out (they are in its JSON export) */
  away?: Away | null;
  /** what a point carries: a class (0 or 1) or a value to predict */
  kind?: OwnKind;
  points: OwnPoints;
  onChange: (points: OwnPoints) => void;
  /** the boundary picture; the points are drawn over it */
  boundary: (overlay: ReactNode) => ReactNode;
}) {
  const o = ownWords[lang];
  const [label, setLabel] = useState<'0' | '1'>('1');
  const [value, setValue] = useState<(typeof VALUES)[number]>('1');
  const adds = kind === 'value' ? Number(value) : Number(label);
  const n = pointCount(points);
  const full = n >= OWN.maxPoints;
  return (
    <div className={styles.stack} data-testid="own-editor">
      <div className={styles.row}>
        {kind === 'value' ? (
          <Segmented label={o.valuePicker} value={value} onChange={setValue}
            options={VALUES.map((v) => ({ value: v, label: v.replace('-', '−') }))} />
        ) : (
          <Segmented label={o.classPicker} value={label} onChange={setLabel}
            options={(['1', '0'] as const).map((value) => ({ value, label: o.classes[value] }))} />
        )}
        <Button onClick={() => onChange([...points, 0, 0, adds])} disabled={full} data-action="add-point">＋ {o.addPoint}</Button>
      </div>
      {boundary(<OwnPlot o={o} kind={kind} points={points} label={adds} onChange={onChange} />)}
      <p className={styles.hint}>{o.editHint}</p>
      <p className={styles.muted} data-testid="own-count">{o.count(n)}</p>
      {n < 2 ? <p className={styles.message} role="status">{o.tooFew}</p> : null}
      {full ? <p className={styles.message} role="status">{o.full}</p> : null}
      {n > OWN.linkPoints ? <p className={styles.hint} data-testid="long-link">{o.longLink(n)}</p> : null}
      {n === 0 && away ? <p className={styles.note} role="status" data-testid="own-away">{o.away(away.count)}</p> : null}
    </div>
  );
}
