import type { Locale } from '@/lib/i18n';
import { BREEDS } from '@/lib/nn/datasets/index';
import { SIDE } from '@/lib/playground/model';
import { PixelCanvas } from './PixelCanvas';
import { pictureWords } from './pictureWords';
import styles from './Playground.module.css';

/** One test picture with its true breed and the network's current guess. */
export interface Guess {
  pixels: number[];
  label: number;
  guess: number;
}

/**
 * Test pictures with the network's guess under each, marked right (✓) or wrong (✗). Before the
 * pictures are drawn (`guesses` null) it holds `count` empty frames of the same size, so nothing
 * below moves when they arrive (and a slide's layout, chosen once, stays right).
 */
export function GuessGrid({ lang, guesses, count = 0, size = 64 }: { lang: Locale; guesses: Guess[] | null; count?: number; size?: number }) {
  const p = pictureWords[lang];
  return (
    <figure className={styles.guessFigure}>
      <figcaption className={styles.subhead}>{p.guessesTitle}</figcaption>
      <ul className={styles.guesses} data-testid="guesses" aria-busy={guesses ? undefined : true}>
        {guesses ? null : Array.from({ length: count }, (_, k) => (
          <li key={k} className={styles.guess} data-blank="" aria-hidden="true">
            <span className={`${styles.pixels} ${styles.pixelsBlank}`} style={{ width: size, height: size }} />
            <span className={styles.guessName}>…</span>
          </li>
        ))}
        {(guesses ?? []).map((g, k) => {
          const right = g.guess === g.label;
          const actual = BREEDS[g.label]![lang];
          const guessed = BREEDS[g.guess]![lang];
          return (
            <li key={k} className={styles.guess} data-right={right ? '' : undefined}>
              <PixelCanvas values={g.pixels} side={SIDE} mode="grey" size={size} label={p.pictureOf(actual, guessed, right)} />
              <span className={styles.guessName} aria-hidden="true">
                {right ? '✓' : '✗'} {guessed}
              </span>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
