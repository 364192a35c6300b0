import { formatNumber } from '@/lib/format';
import { CHALLENGE, challengeMet, hiddenNeurons } from '@/lib/playground/presets';
import type { PlaygroundState } from '@/lib/playground/table';
import type { ShareWords } from './shareWords';
import styles from './Playground.module.css';

/** The epilogue's challenge: the goal, where the reader stands, and a banner once it is met. */
export function ChallengeBanner({ s, state, testAccuracy }: { s: ShareWords; state: PlaygroundState; testAccuracy: number | null }) {
  const neurons = hiddenNeurons(state);
  const met = testAccuracy !== null && challengeMet(state, testAccuracy);
  const percent = testAccuracy === null ? '–' : formatNumber(100 * testAccuracy, 1);
  return (
    <section className={styles.challenge} data-met={met ? '' : undefined} data-testid="challenge" aria-live="polite">
      <h2 className={styles.challengeTitle}>🏆 {s.challengeTitle}</h2>
      <p>{s.challengeGoal(100 * CHALLENGE.accuracy, CHALLENGE.maxHidden)}</p>
      {met ? (
        <p className={styles.success} data-testid="challenge-met">🎉 {s.challengeMet(percent, neurons)}</p>
      ) : (
        <p>
          {s.challengeNow(neurons, percent)}{' '}
          {state.dataset !== 'dogs' ? s.challengeWrongData : neurons > CHALLENGE.maxHidden ? s.challengeTooMany : ''}
        </p>
      )}
    </section>
  );
}
