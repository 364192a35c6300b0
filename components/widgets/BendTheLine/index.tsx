'use client';

import { useEffect, useMemo } from 'react';
import { formatNumber } from '@/lib/format';
import type { Locale } from '@/lib/i18n';
import type { TrainerSnapshot } from '@/lib/nn/worker/protocol';
import { useTrainer } from '@/components/useTrainer';
import { TrainerProblem } from '@/components/trainer/TrainerProblem';
import { Button } from '@/components/controls/Button';
import { useWidgetState } from '../state';
import { WidgetFrame } from '../WidgetFrame';
import { finished, useLockstep } from '../LearningRateRace/useLockstep';
import { datasetPoints } from '../TrainingFloor/points';
import { CHUNK_MS, GRID, MAX_STEPS, SIDES, STEPS_PER_CHUNK, sideConfig } from './config';
import { SidePanel } from './SidePanel';
import { words, type SideFacts } from './words';
import styles from './BendTheLine.module.css';

const CONFIGS = SIDES.map(sideConfig);

/** Chapter 4: one small network trained twice on the circle, without and with tanh, step for step. */
export function BendTheLine({ lang }: { lang: Locale }) {
  const w = words[lang];
  // Shared, so a story step can press play: `playing: true` from the store (also at mount) trains.
  const [playing, setPlaying] = useWidgetState('playing', false);
  const left = useTrainer(CONFIGS[0]!);
  const right = useTrainer(CONFIGS[1]!);
  const lanes = [left, right];
  const { restart } = useLockstep(lanes, { playing, chunk: STEPS_PER_CHUNK, every: CHUNK_MS, stopAt: MAX_STEPS });
  // every point, train and test alike: this chapter has not met the test set yet
  const points = useMemo(() => datasetPoints(CONFIGS[0]!.dataset).map((set) => ({ ...set, test: false })), []);
  const [sendLeft, sendRight] = [left.send, right.send];
  useEffect(() => sendLeft({ type: 'predictGrid', grid: GRID }), [sendLeft]);
  useEffect(() => sendRight({ type: 'predictGrid', grid: GRID }), [sendRight]);

  const done = finished(lanes, MAX_STEPS);
  const running = playing && !done;
  const step = Math.min(left.snapshot?.step ?? 0, right.snapshot?.step ?? 0);
  const facts = (s: TrainerSnapshot | null): SideFacts => {
    const loss = s?.testLoss.at(-1);
    if (!s || loss === undefined) return { loss: '…', accuracy: '…' };
    if (s.diverged) return { loss: w.diverged, accuracy: w.diverged };
    return {
      loss: Number.isFinite(loss) ? formatNumber(loss, 3) : w.blownUp,
      accuracy: `${formatNumber(s.testAccuracy * 100, 0)}%`,
    };
  };
  const [l, r] = [facts(left.snapshot), facts(right.snapshot)];
  const play = () => {
    if (done) restart();
    setPlaying(!running);
  };

  return (
    <WidgetFrame name="BendTheLine" title={w.title} summary={running ? w.running : w.summary(step, l, r)}>
      <div className={styles.sides}>
        {SIDES.map((side, i) => (
          <SidePanel
            key={side}
            side={side}
            snapshot={lanes[i]!.snapshot}
            points={points}
            name={w.side[side]}
            note={w.note[side]}
            label={w.boundary(w.side[side])}
            loss={(i === 0 ? l : r).loss}
            accuracy={(i === 0 ? l : r).accuracy}
            lossLabel={w.loss}
            accuracyLabel={w.accuracy}
          />
        ))}
      </div>
      <TrainerProblem lang={lang} runs={lanes} />
      <p className={styles.measured}>{w.measured}</p>
      <div className={styles.controls}>
        <Button primary onClick={play}>{running ? `❚❚ ${w.pause}` : `▶ ${w.play}`}</Button>
        <Button
          onClick={() => {
            setPlaying(false);
            lanes.forEach((lane) => lane.send({ type: 'step' }));
          }}
          disabled={done}
        >
          {w.stepButton}
        </Button>
        <Button
          onClick={() => {
            setPlaying(false);
            restart();
          }}
        >
          {w.reset}
        </Button>
        <output className={styles.step} data-testid="bend-step">{w.step(step)}</output>
      </div>
      <p className={styles.done} role="status">{done ? w.done : '\u00a0'}</p>
    </WidgetFrame>
  );
}
