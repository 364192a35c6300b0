import { formatNumber } from '@/lib/format';
import { LOSSES, type LossTable as Table, type ShownLoss } from './explain';
import styles from './LossExplorer.module.css';

/**
 * A column's bars are drawn against its largest term, so the example that dominates a
 * loss stands out; but never against less than the term of an unsure guess (ŷ = 0.5),
 * so five tiny errors still look tiny.
 */
const UNSURE: Record<ShownLoss, number> = { mse: 0.25, mae: 0.5, bce: Math.LN2 };

/** One colour per ruler (orange and blue are kept for the answers' classes). */
export const LOSS_COLOURS: Record<ShownLoss, string> = { mse: '#8b5cf6', mae: '#2f9e6e', bce: 'var(--accent)' };

/**
 * Each example's error under each loss as a number over a small bar, and the three means
 * (the losses) side by side in the last row.
 */
export function LossTable({
  table, targets, caption, names, longNames, corner, example, mean,
}: {
  table: Table;
  targets: readonly number[];
  caption: string;
  names: Record<ShownLoss, string>;
  longNames: Record<ShownLoss, string>;
  /** heading of the examples' column */
  corner: string;
  example: (n: number) => string;
  mean: string;
}) {
  return (
    <table className={styles.table}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col"><span className="visually-hidden">{corner}</span></th>
          {LOSSES.map((loss) => (
            <th key={loss} scope="col" style={{ boxShadow: `inset 0 -3px 0 ${LOSS_COLOURS[loss]}` }}>
              <abbr title={longNames[loss]}>{names[loss]}</abbr>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {targets.map((target, i) => (
          <tr key={i}>
            <th scope="row" aria-label={example(i + 1)}>
              <span className={styles.rowNumber} data-class={target}>{i + 1}</span>
            </th>
            {LOSSES.map((loss) => {
              const term = table.terms[loss][i]!;
              const share = term / Math.max(UNSURE[loss], ...table.terms[loss]);
              return (
                <td key={loss} data-testid={`loss-term-${loss}-${i + 1}`}>
                  <span className={styles.termValue}>{formatNumber(term, 3)}</span>
                  <span className={styles.bar} aria-hidden="true">
                    <span style={{ width: `${share * 100}%`, background: LOSS_COLOURS[loss] }} />
                  </span>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{mean}</th>
          {LOSSES.map((loss) => (
            <td key={loss} className={styles.total} data-testid={`loss-total-${loss}`}>
              {formatNumber(table.totals[loss], 3)}
            </td>
          ))}
        </tr>
      </tfoot>
    </table>
  );
}
