import type { Locale } from '@/lib/i18n';
import { BREEDS } from '@/lib/nn/datasets/index';
import { pictureWords } from './pictureWords';
import styles from './Playground.module.css';

/** counts[actual][guessed] as a table; the diagonal (right guesses) in orange, mistakes in blue. */
export function ConfusionMatrix({ lang, counts }: { lang: Locale; counts: number[][] }) {
  const p = pictureWords[lang];
  const total = counts.reduce((sum, row) => sum + row.reduce((a, b) => a + b, 0), 0);
  const names = BREEDS.map((b) => b[lang]);
  return (
    <table className={styles.confusion} data-testid="confusion">
      <caption>
        {p.confusionTitle(total)}
        <span className={styles.axes}>{p.axes}</span>
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
                return (
                  <td key={g} title={p.cell(names[a]!, names[g]!, count)} data-cell={`${a}-${g}`}
                    style={{ background: count ? `color-mix(in srgb, ${hue} ${share}%, var(--card))` : undefined }}>
                    {count}
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
