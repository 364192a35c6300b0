'use client';

import type { Locale } from '@/lib/i18n';
import { formatNumber } from '@/lib/format';
import { encodeState } from '@/lib/playground/codec';
import { firstReached } from '@/lib/playground/history';
import { CHALLENGE, challengeState } from '@/lib/playground/presets';
import { useTrainer } from '@/components/useTrainer';
import { Button } from '@/components/controls/Button';
import { ConfusionMatrix } from '@/components/playground/ConfusionMatrix';
import { GuessGrid } from '@/components/playground/GuessGrid';
import { useAccuracy } from '@/components/playground/useAccuracy';
import { useDataset } from '@/components/playground/useDataset';
import { useNetworkView } from '@/components/playground/useNetworkView';
import { usePictureScores } from '@/components/playground/usePictureScores';
import { usePlayLoop } from '@/components/playground/usePlayLoop';
import { WidgetFrame } from '../WidgetFrame';
import { BREED_CONFIG, GOAL, SHOWN, STEPS_PER_FRAME } from './config';
import { Scoreboard } from './Scoreboard';
import { words } from './words';
import styles from './BreedSchool.module.css';

const RUN = 'breed-school';

/** The epilogue: an MLP learns four dog breeds from 16 × 16 pictures, live, then hands over the controls. */
export function BreedSchool({ lang }: { lang: Locale }) {
  const w = words[lang];
  const { snapshot, error, send } = useTrainer(BREED_CONFIG);
  const view = useNetworkView(snapshot, send, RUN, 400);
  const history = useAccuracy(snapshot, RUN);
  const data = useDataset(BREED_CONFIG.dataset);
  const scores = usePictureScores(view?.network ?? null, data, SHOWN);
  const { playing, setPlaying } = usePlayLoop(snapshot, send, STEPS_PER_FRAME, RUN);
  const step = snapshot?.step ?? 0;
  const reachedAt = firstReached(history, GOAL);
  const right = scores ? scores.counts.reduce((sum, row, k) => sum + row[k]!, 0) : 0;
  const total = scores ? scores.counts.flat().reduce((a, b) => a + b, 0) : 0;
  const summary = playing ? w.running : w.summary({ step, accuracy: formatNumber(100 * (snapshot?.testAccuracy ?? 0), 1), right, total });
  const goal = formatNumber(100 * CHALLENGE.accuracy, 0);
  return (
    <WidgetFrame name="BreedSchool" title={w.title} summary={summary}>
      <div className={styles.buttons}>
        <Button primary disabled={!snapshot} aria-pressed={playing} data-action="play" onClick={() => setPlaying(!playing)}>
          {playing ? `❚❚ ${w.pause}` : `▶ ${w.play}`}
        </Button>
        <Button disabled={!snapshot} data-action="reset" onClick={() => {
          setPlaying(false);
          send({ type: 'reset' });
        }}>↺ {w.reset}</Button>
      </div>
      <Scoreboard w={w} accuracy={snapshot?.testAccuracy ?? null} history={history} step={step} reachedAt={reachedAt} />
      {error ? <p className={styles.error} role="alert">{error}</p> : null}
      {!data ? <p className={styles.hint}>{w.drawing}</p> : null}
      {scores ? (
        <div className={styles.views}>
          <GuessGrid lang={lang} guesses={scores.guesses} size={60} />
          <ConfusionMatrix lang={lang} counts={scores.counts} />
        </div>
      ) : null}
      <div className={styles.challenge}>
        <p>{w.challenge(goal, CHALLENGE.maxHidden)}</p>
        <a className={styles.link} href={`/${lang}/playground#${encodeState(challengeState())}`} data-testid="challenge-link">
          {w.toPlayground}
        </a>
      </div>
    </WidgetFrame>
  );
}
