'use client';

import { useState } from 'react';
import { formatNumber } from '@/lib/format';
import { CHALLENGE, challengeMet, hiddenNeurons } from '@/lib/playground/presets';
import type { PlaygroundState } from '@/lib/playground/table';
import type { ShareWords } from './shareWords';
import styles from './Playground.module.css';

/** The epilogue's challenge: the goal, where the reader stands, and a banner once it is met. */
export function ChallengeBanner({ s, state, testAccuracy, runKey }: {
  s: ShareWords;
  state: PlaygroundState;
  testAccuracy: number | null;
  /** the run the accuracy belongs to: once met, the banner stays for that run */
  runKey: string;
}) {
  const neurons = hiddenNeurons(state);
  const [won, setWon] = useState<{ runKey: string; accuracy: number } | null>(null);
  const metNow = testAccuracy !== null && challengeMet(state, testAccuracy);
  // accuracy wobbles from step to step; the first time it passes the goal is the result
  if (metNow && won?.runKey !== runKey) setWon({ runKey, accuracy: testAccuracy });
  const met = won?.runKey === runKey;
  const shown = met ? won.accuracy : testAccuracy;
  const percent = shown === null ? '–' : formatNumber(100 * shown, 1);
  return (
    <section className={styles.challenge} data-met={met ? '' : undefined} data-testid="challenge">
      <h2 className={styles.challengeTitle}>{s.challengeTitle}</h2>
      <p>{s.challengeGoal(100 * CHALLENGE.accuracy, CHALLENGE.maxHidden)}</p>
      {/* only the success is announced: the running numbers change every frame */}
      <p className={styles.success} role="status">
        {met ? <span data-testid="challenge-met">{s.challengeMet(percent, neurons)}</span> : null}
      </p>
      {met ? null : (
        <p>
          {s.challengeNow(neurons, percent)}{' '}
          {state.dataset !== 'dogs' ? s.challengeWrongData : neurons > CHALLENGE.maxHidden ? s.challengeTooMany : ''}
        </p>
      )}
    </section>
  );
}
