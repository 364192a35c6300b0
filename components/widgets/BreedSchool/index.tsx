'use client';

import type { Locale } from '@/lib/i18n';
import { formatNumber } from '@/lib/format';
import { encodeState } from '@/lib/playground/codec';
import { firstReached } from '@/lib/playground/history';
import { CHALLENGE, challengeState } from '@/lib/playground/presets';
import { useTrainer } from '@/components/useTrainer';
import { TrainerProblem } from '@/components/trainer/TrainerProblem';
import { Button } from '@/components/controls/Button';
import { ConfusionMatrix } from '@/components/playground/ConfusionMatrix';
import { GuessGrid } from '@/components/playground/GuessGrid';
import { useAccuracy } from '@/components/playground/useAccuracy';
import { useDataset } from '@/components/playground/useDataset';
import { useNetworkView } from '@/components/playground/useNetworkView';
import { usePictureScores } from '@/components/playground/usePictureScores';
import { useWidgetState } from '../state';
import { WidgetFrame } from '../WidgetFrame';
import { isRate, isStep } from './manifest';
import { BREED_CONFIG, GOAL, SHOWN, TESTED, schoolSetup } from './config';
import { BASE_LR } from './manifest';
import { Scoreboard } from './Scoreboard';
import { words } from './words';
import styles from './BreedSchool.module.css';

const RUN = 'breed-school';

/** The epilogue: an MLP learns four dog breeds from 16 × 16 pictures, live, then hands over the controls. */
export function BreedSchool({ lang }: { lang: Locale }) {
  const w = words[lang];
  // shared widget state: a story step may start training, pause it at a step, change the rate from a step on
  const [playing, setPlaying] = useWidgetState<boolean>('playing', false);
  const [until, setUntil] = useWidgetState<number>('until', 0, isStep);
  const [lr, setLr] = useWidgetState<{ from: number; value: number }>('lr', { from: 0, value: BASE_LR }, isRate);
  const trainer = useTrainer(schoolSetup({ playing, until, lr }));
  const { snapshot, send } = trainer;
  const view = useNetworkView(snapshot, send, RUN, 400);
  const history = useAccuracy(snapshot, RUN);
  const data = useDataset(BREED_CONFIG.dataset);
  const scores = usePictureScores(view?.network ?? null, data, SHOWN);
  const training = playing && snapshot !== null && !snapshot.diverged && (until === 0 || snapshot.step < until);
  const step = snapshot?.step ?? 0;
  const reachedAt = firstReached(history, GOAL);
  const right = scores ? scores.counts.reduce((sum, row, k) => sum + row[k]!, 0) : 0;
  const total = scores ? scores.counts.flat().reduce((a, b) => a + b, 0) : 0;
  const summary = training ? w.running : w.summary({ step, accuracy: formatNumber(100 * (snapshot?.testAccuracy ?? 0), 1), right, total });
  const goal = formatNumber(100 * CHALLENGE.accuracy, 0);
  return (
    <WidgetFrame name="BreedSchool" title={w.title} summary={summary}>
      <div className={styles.buttons}>
        <Button primary disabled={!snapshot} aria-pressed={training} data-action="play" onClick={() => {
          // the reader trains on past a story's pause
          if (!training) setUntil(0);
          setPlaying(!training);
        }}>
          {training ? `❚❚ ${w.pause}` : `▶ ${w.play}`}
        </Button>
        <Button disabled={!snapshot} data-action="reset" onClick={() => {
          setPlaying(false);
          setLr({ from: 0, value: BASE_LR });
          send({ type: 'reset', playing: false });
        }}>↺ {w.reset}</Button>
      </div>
      <Scoreboard w={w} accuracy={snapshot?.testAccuracy ?? null} history={history} step={step} reachedAt={reachedAt} lr={lr} rateNow={snapshot?.lr ?? (lr.from === 0 ? lr.value : BASE_LR)} />
      <TrainerProblem lang={lang} trainer={trainer} />
      {/* drawn empty until the pictures are, so the widget does not grow when they arrive */}
      <div className={styles.views}>
        {/* (the matrix comes first so a slide's second column holds it and the pictures; the page shows the pictures first) */}
        <ConfusionMatrix lang={lang} counts={scores?.counts ?? null} expected={TESTED} />
        <div className={styles.pictures}>
          <GuessGrid lang={lang} guesses={scores?.guesses ?? null} count={SHOWN} size={60} />
          {!data ? <p className={styles.hint} role="status">{w.drawing}</p> : null}
        </div>
      </div>
      <div className={styles.challenge}>
        <p>{w.challenge(goal, CHALLENGE.maxHidden)}</p>
        <a className={styles.link} href={`/${lang}/playground#${encodeState(challengeState())}`} data-testid="challenge-link">
          {w.toPlayground}
        </a>
      </div>
    </WidgetFrame>
  );
}
