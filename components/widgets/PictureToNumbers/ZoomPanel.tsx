import { formatNumber } from '@/lib/format';
import { greyCss } from './grey';
import styles from './PictureToNumbers.module.css';

/** Cells per side of the close-up: few enough that each number is printed large. */
const SPAN = 4;

/**
 * A 4 × 4 close-up around the pointed-at pixel with every grey level printed, because
 * at phone width the 16 × 16 grid has no room for 256 readable numbers.
 */
export function ZoomPanel({
  values,
  side,
  focus,
  caption,
}: {
  values: readonly number[];
  side: number;
  focus: number;
  caption: (rows: string, cols: string) => string;
}) {
  const top = Math.min(side - SPAN, Math.max(0, Math.floor(focus / side) - 1));
  const left = Math.min(side - SPAN, Math.max(0, (focus % side) - 1));
  const cells = Array.from({ length: SPAN * SPAN }, (_, k) => (top + Math.floor(k / SPAN)) * side + left + (k % SPAN));
  return (
    <figure className={styles.zoom} aria-hidden="true">
      <div className={styles.zoomCells}>
        {cells.map((index) => {
          const v = values[index] ?? 0;
          return (
            <span
              key={index}
              className={styles.zoomCell}
              data-focus={index === focus ? '' : undefined}
              style={{ background: greyCss(v), color: v > 0.55 ? '#2a2420' : '#ffffff' }}
            >
              {formatNumber(v)}
            </span>
          );
        })}
      </div>
      <figcaption className={styles.small}>{caption(`${top + 1}–${top + SPAN}`, `${left + 1}–${left + SPAN}`)}</figcaption>
    </figure>
  );
}
