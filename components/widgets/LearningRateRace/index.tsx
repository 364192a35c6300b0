'use client';

import { useState } from 'react';
import { formatNumber } from '@/lib/format';
import type { Locale } from '@/lib/i18n';
import { seriesColours } from '@/lib/theme';
import { useTrainer } from '@/components/useTrainer';
import { LineChart, type StepMark } from '@/components/charts/LineChart';
import { WidgetFrame } from '../WidgetFrame';
import { CHUNK, CHUNK_MS, LANES, RACE_STEPS, THRESHOLD, laneConfig, type ScheduleKind } from './config';
import { LaneRow } from './LaneRow';
import { RaceControls } from './RaceControls';
import { finished, useLockstep } from './useLockstep';
import { formatRate, largeRateAt, statusText, verdict } from './verdict';
import { words } from './words';
import styles from './LearningRateRace.module.css';

const CONFIGS = LANES.map((lane) => laneConfig(lane.initial));
const COLOURS = [seriesColours[0], seriesColours[3], seriesColours[1]];

/** Chapter 8: one network, three learning rates, trained in lockstep; find the largest rate that converges. */
export function LearningRateRace({ lang }: { lang: Locale }) {
  const w = words[lang];
  const [rates, setRates] = useState<number[]>(LANES.map((lane) => lane.initial));
  const [decay, setDecay] = useState<{ on: boolean; kind: ScheduleKind }>({ on: false, kind: 'exponential' });
  const [announcements, setAnnouncements] = useState<{ step: number; from: number; to: number }[]>([]);
  const [playing, setPlaying] = useState(false);
  const [best, setBest] = useState<number | null>(null);
  const [wasOver, setWasOver] = useState(false);
  const lanes = [useTrainer(CONFIGS[0]!), useTrainer(CONFIGS[1]!), useTrainer(CONFIGS[2]!)];
  const large = lanes[2]!;
  const schedule = decay.on ? decay.kind : null;
  const rateAt = (step: number, count = announcements.length) => largeRateAt(step, rates[2]!, schedule, count);
  const { restart } = useLockstep(lanes, {
    playing,
    chunk: CHUNK,
    every: CHUNK_MS,
    stopAt: RACE_STEPS,
    beforeChunk: (step) => schedule && large.send({ type: 'setLearningRate', lr: rateAt(step) }),
  });

  const over = finished(lanes, RACE_STEPS);
  const running = playing && !over;
  const step = Math.max(...lanes.map((lane) => lane.snapshot?.step ?? 0));
  const verdicts = lanes.map((lane) => (lane.snapshot ? verdict(lane.snapshot, over) : null));

  // the challenge scores a race as it ends (the moment `over` turns true, so never on the
  // stale snapshots of the previous race) if the large rate stayed constant and converged
  if (over !== wasOver) {
    setWasOver(over);
    if (over && !schedule && announcements.length === 0 && verdicts[2]?.kind === 'converged') setBest((b) => Math.max(b ?? 0, rates[2]!));
  }

  /** Back to step 0 with each lane at its starting rate. */
  const newRace = (startRates = rates) => {
    setAnnouncements([]);
    restart();
    lanes.forEach((lane, i) => lane.send({ type: 'setLearningRate', lr: startRates[i]! }));
  };
  const status = (i: number) => statusText(lanes[i]!.snapshot, verdicts[i] ?? null, w);
  const rateText = (i: number) => w.now(formatRate(lanes[i]!.snapshot?.lr ?? rates[i]!));
  const marks: StepMark[] = [
    ...announcements.map((a) => ({ x: a.step, label: w.announced(formatRate(a.from), formatRate(a.to)), colour: 'var(--accent)' })),
    ...verdicts.flatMap((v, i) => (v?.kind === 'diverged' ? [{ x: v.step, label: w.divergedMark, colour: COLOURS[i]! }] : [])),
  ];
  const summary = running
    ? w.running
    : `${w.step(step, RACE_STEPS)}. ${LANES.map((lane, i) => `${w.lane[lane.id]} ${rateText(i)}: ${status(i)}`).join('; ')}.`;

  return (
    <WidgetFrame name="LearningRateRace" title={w.title} summary={summary}>
      <LineChart
        label={w.chart}
        xLabel={w.stepAxis}
        yLabel={w.lossAxis}
        yDomain={[0, 1]}
        xMax={RACE_STEPS}
        width={400}
        height={240}
        marks={marks}
        series={lanes.map((lane, i) => ({
          id: LANES[i]!.id,
          label: `${w.lane[LANES[i]!.id]} η = ${formatRate(rates[i]!)}`,
          values: lane.snapshot?.trainLoss ?? [],
          steps: lane.snapshot?.historySteps,
          colour: COLOURS[i]!,
        }))}
      />
      <p className={styles.step} data-testid="race-step">{w.step(step, RACE_STEPS)}</p>
      <div className={styles.lanes}>
        {LANES.map((lane, i) => (
          <LaneRow
            key={lane.id}
            id={lane.id}
            name={w.lane[lane.id]}
            colour={COLOURS[i]!}
            now={rateText(i)}
            status={status(i)}
            lang={lang}
            slider={{
              label: w.rateOf(w.lane[lane.id]),
              value: rates[i]!,
              min: lane.min,
              max: lane.max,
              step: lane.step,
              digits: lane.digits,
              onChange: (lr) => {
                const next = rates.map((r, j) => (j === i ? lr : r));
                setRates(next);
                setPlaying(false);
                newRace(next);
              },
            }}
          />
        ))}
      </div>
      <RaceControls
        w={w}
        running={running}
        over={over}
        canAnnounce={step > 0 && !over}
        decay={decay}
        onPlay={() => {
          if (over) newRace();
          setPlaying(!running);
        }}
        onReset={() => {
          setPlaying(false);
          newRace();
        }}
        onDecay={(next) => {
          setDecay(next);
          setPlaying(false);
          newRace();
        }}
        onAnnounce={() => {
          const from = large.snapshot?.lr ?? rateAt(step);
          const to = rateAt(step, announcements.length + 1);
          setAnnouncements([...announcements, { step, from, to }]);
          large.send({ type: 'setLearningRate', lr: to });
        }}
      />
      <div className={styles.challenge}>
        <p>{w.challenge(formatNumber(THRESHOLD))}</p>
        <p className={styles.best} data-testid="race-best">{best === null ? w.noBest : w.best(formatRate(best))}</p>
        <p className={styles.note}>{w.notCounted}</p>
      </div>
    </WidgetFrame>
  );
}
