'use client';

import { useMemo } from 'react';
import { formatNumber } from '@/lib/format';
import type { Locale } from '@/lib/i18n';
import type { TrainerSnapshot } from '@/lib/nn/worker/protocol';
import { useTrainer } from '@/components/useTrainer';
import { finished } from '@/components/trainer/store';
import { TrainerProblem } from '@/components/trainer/TrainerProblem';
import { datasetPoints } from '@/components/charts/datasetPoints';
import { Button } from '@/components/controls/Button';
import { useNetworkView } from '@/components/playground/useNetworkView';
import { neuronWords } from '@/components/playground/neuronWords';
import { NeuronMaps } from '@/components/playground/NeuronMaps';
import { useWide } from '@/components/playground/useWide';
import { useWidgetState } from '../state';
import { WidgetFrame } from '../WidgetFrame';
import { MAX_STEPS, SIDES, bendSetup, sideConfig } from './config';
import { SidePanel } from './SidePanel';
import { words, type SideFacts } from './words';
import styles from './BendTheLine.module.css';

/** Chapter 4: one small network trained twice on the circle, without and with tanh, step for step. */
export function BendTheLine({ lang }: { lang: Locale }) {
  const w = words[lang];
  // Shared, so a story step can press play: `playing: true` from the store (also at mount) trains.
  const [playing, setPlaying] = useWidgetState('playing', false);
  const trainer = useTrainer(bendSetup(playing));
  const { lanes, send } = trainer;
  const [left = null, right = null] = lanes;
  // each side's weights, read a few times a second for its neuron maps (not every frame)
  const views = [useNetworkView(left, send, 'left', 300), useNetworkView(right, send, 'right', 300)];
  // on a phone the neuron maps wait folded under their title, so the card keeps its height
  const wide = useWide();
  // every point, train and test alike: this chapter has not met the test set yet
  const points = useMemo(() => datasetPoints(sideConfig('tanh').dataset).map((set) => ({ ...set, test: false })), []);

  const done = finished(lanes, MAX_STEPS);
  const running = playing && !done;
  const step = Math.min(left?.step ?? 0, right?.step ?? 0);
  const facts = (s: TrainerSnapshot | null): SideFacts => {
    const loss = s?.testLoss.at(-1);
    if (!s || loss === undefined) return { loss: '…', accuracy: '…' };
    if (s.diverged) return { loss: w.diverged, accuracy: w.diverged };
    return {
      loss: Number.isFinite(loss) ? formatNumber(loss, 3) : w.blownUp,
      accuracy: `${formatNumber(s.testAccuracy * 100, 0)}%`,
    };
  };
  const [l, r] = [facts(left), facts(right)];
  const play = () => {
    if (done) send({ type: 'reset', playing: true });
    setPlaying(!running);
  };

  return (
    <WidgetFrame name="BendTheLine" title={w.title} summary={running ? w.running : w.summary(step, l, r)}>
      <div className={styles.sides}>
        {SIDES.map((side, i) => (
          <SidePanel
            key={side}
            side={side}
            snapshot={lanes[i] ?? null}
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
      {/* the text says each hidden neuron bends the sheet along a line of its own: here they are */}
      <details className={styles.neurons} open={wide}>
        <summary>{neuronWords[lang].title}</summary>
        <div className={styles.sides}>
          {SIDES.map((side, i) => (
            <div key={side} data-maps-side={side}>
              <NeuronMaps words={neuronWords[lang]} title={w.side[side]} network={views[i]?.network ?? null} thumb={40} />
            </div>
          ))}
        </div>
      </details>
      <TrainerProblem lang={lang} trainer={trainer} />
      <p className={styles.measured}>{w.measured}</p>
      <div className={styles.controls}>
        <Button primary onClick={play}>{running ? `❚❚ ${w.pause}` : `▶ ${w.play}`}</Button>
        <Button
          onClick={() => {
            setPlaying(false);
            send({ type: 'step' });
          }}
          disabled={done}
        >
          {w.stepButton}
        </Button>
        <Button
          onClick={() => {
            setPlaying(false);
            send({ type: 'reset', playing: false });
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
