import type { Locale } from '@/lib/i18n';
import { formatNumber } from '@/lib/format';
import { BREEDS } from '@/lib/nn/datasets/index';
import { argmax } from '@/lib/nn';
import { pictureWords } from './pictureWords';
import styles from './Playground.module.css';

/** The softmax output as one bar per breed, the most likely one highlighted. */
export function BreedBars({ lang, probabilities }: { lang: Locale; probabilities: number[] | null }) {
  const p = pictureWords[lang];
  if (!probabilities) return <p className={styles.hint}>{p.waiting}</p>;
  const best = argmax(probabilities);
  return (
    <div data-testid="breed-bars">
      <p className={styles.subhead}>{p.guessTitle}</p>
      <ul className={styles.bars}>
        {BREEDS.map((breed, k) => {
          const percent = formatNumber(100 * probabilities[k]!, 1);
          return (
            <li key={breed.id} className={styles.bar} data-best={k === best ? '' : undefined} data-breed={breed.id}>
              <span className={styles.barName}>{breed[lang]}</span>
              <span className={styles.barTrack} aria-hidden="true">
                <span className={styles.barFill} style={{ width: `${100 * probabilities[k]!}%` }} />
              </span>
              <span className={styles.barValue}>{percent} %</span>
            </li>
          );
        })}
      </ul>
      <p className={styles.verdict} role="status" data-testid="breed-verdict">
        {p.best(BREEDS[best]![lang], formatNumber(100 * probabilities[best]!, 1))}
      </p>
    </div>
  );
}
