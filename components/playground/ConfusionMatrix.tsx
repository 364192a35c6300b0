import type { Locale } from '@/lib/i18n';
import { BREEDS } from '@/lib/nn/datasets/index';
import { pictureWords } from './pictureWords';
import styles from './Playground.module.css';

/** A cell of the matrix: [actual breed, guessed breed]. */
export type Cell = readonly [number, number];

/**
 * counts[actual][guessed] as a table; the diagonal (right guesses) in orange, mistakes in blue.
 * With `onPick`, each cell with pictures is a button (click, Enter or Space) that opens them.
 * Before the pictures are drawn (`counts` null) the table is there with empty cells, its caption
 * naming the `expected` number of test pictures, so nothing moves when the counts arrive.
 */
export function ConfusionMatrix({ lang, counts: given, expected = 0, picked, onPick }: {
  lang: Locale;
  counts: number[][] | null;
  expected?: number;
  picked?: Cell | null;
  onPick?: (cell: Cell) => void;
}) {
  const p = pictureWords[lang];
  const counts = given ?? BREEDS.map(() => BREEDS.map(() => 0));
  const total = given ? counts.reduce((sum, row) => sum + row.reduce((a, b) => a + b, 0), 0) : expected;
  const names = BREEDS.map((b) => b[lang]);
  return (
    <table className={styles.confusion} data-testid="confusion" aria-busy={given ? undefined : true}>
      <caption>
        {p.confusionTitle(total)}
        <span className={styles.axes}>{p.axes}</span>
        {onPick ? <span className={styles.axes}>{p.pickCell}</span> : null}
      </caption>
      <thead>
        <tr>
          <td className={styles.corner} />
          {names.map((name) => <th key={name} scope="col">{name}</th>)}
        </tr>
      </thead>
      <tbody>
        {counts.map((row, a) => {
          const rowTotal = Math.max(1, row.reduce((x, y) => x + y, 0));
          return (
            <tr key={a}>
              <th scope="row">{names[a]}</th>
              {row.map((count, g) => {
                // At most a 40% tint, so the count stays readable in ink on it, light mode and dark.
                const share = Math.round((count / rowTotal) * 40);
                const hue = a === g ? 'var(--pos)' : 'var(--neg)';
                const title = p.cell(names[a]!, names[g]!, count);
                const on = picked?.[0] === a && picked[1] === g;
                return (
                  <td key={g} title={title} data-cell={`${a}-${g}`}
                    style={{ background: count ? `color-mix(in srgb, ${hue} ${share}%, var(--card))` : undefined }}>
                    {onPick && count ? (
                      <button type="button" className={styles.cellButton} aria-label={title} aria-pressed={on}
                        onClick={() => onPick([a, g])}>{count}</button>
                    ) : given ? count : '\u00a0'}
                  </td>
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
