'use client';

import { useState } from 'react';
import { formatNumber } from '@/lib/format';
import type { Locale } from '@/lib/i18n';
import { seriesColours } from '@/lib/theme';
import { useTrainer } from '@/components/useTrainer';
import { finished } from '@/components/trainer/store';
import { TrainerProblem } from '@/components/trainer/TrainerProblem';
import { LineChart, type StepMark } from '@/components/charts/LineChart';
import { WidgetFrame } from '../WidgetFrame';
import { CHUNK, LANES, RACE_STEPS, THRESHOLD, raceSetup } from './config';
import { LaneRow } from './LaneRow';
import { RaceControls } from './RaceControls';
import { useRateChanges, type LiveChange } from './useRateChanges';
import { useRaceState } from './useRaceState';
import { formatRate, largeRateAt, statusText, verdict } from './verdict';
import { words } from './words';
import styles from './LearningRateRace.module.css';

const COLOURS = [seriesColours[0], seriesColours[3], seriesColours[1]];

/** Chapter 8: one network, three learning rates, trained in lockstep; find the largest rate that converges. */
export function LearningRateRace({ lang }: { lang: Locale }) {
  const w = words[lang];
  const { rates, setRates, decay, setDecay, playing, setPlaying, until, setUntil, announced, setAnnounced } = useRaceState();
  const [changes, setChanges] = useState<LiveChange[]>([]);
  const [best, setBest] = useState<number | null>(null);
  const [wasOver, setWasOver] = useState(false);
  const schedule = decay.on ? decay.kind : null;
  // one trainer moves the three lanes in lockstep; it starts at the stored rates and follows them
  const trainer = useTrainer(raceSetup({ lr: rates, schedule, announced, playing, until }));
  const { lanes, send } = trainer;
  /** The rate lane i trains with at `step`: its own, the large one scheduled and quartered by each announcement so far. */
  const want = (i: number, step: number) => (i === 2 ? largeRateAt(step, rates[2]!, schedule, announced) : rates[i]!);

  const over = finished(lanes, RACE_STEPS);
  const running = playing && !finished(lanes, until);
  const step = Math.max(0, ...lanes.map((lane) => lane.step));
  const verdicts = LANES.map((_, i) => (lanes[i] ? verdict(lanes[i], over) : null));

  /** Back to step 0, with the stored rates (and playing as `play` says, if given). */
  const newRace = (play?: boolean) => {
    setChanges([]);
    send({ type: 'reset', playing: play });
  };
  useRateChanges(lanes, { lr: rates, schedule: schedule ?? 'off', running, rateAt: want, onLive: (live) => setChanges((old) => [...old, ...live]), onNewRace: newRace });
  /** The reader's own races run to the end without announcements; a changed rate or schedule starts one (useRateChanges). */
  const readerSettings = (play: boolean) => {
    setPlaying(play);
    setUntil(RACE_STEPS);
    setAnnounced([]);
  };
  const readerRace = (play: boolean) => {
    readerSettings(play);
    newRace(play);
  };

  // the challenge scores a race as it ends (the moment `over` turns true, so never on the
  // stale snapshots of the previous race) if the large rate stayed constant and converged
  if (over !== wasOver) {
    setWasOver(over);
    const constant = !schedule && announced.length === 0 && changes.length === 0;
    if (over && constant && verdicts[2]?.kind === 'converged') setBest((b) => Math.max(b ?? 0, rates[2]!));
  }

  const status = (i: number) => statusText(lanes[i] ?? null, verdicts[i] ?? null, w);
  const rateText = (i: number) => w.now(formatRate(lanes[i]?.lr ?? rates[i]!));
  const marks: StepMark[] = [
    ...announced.map((at) => ({ x: at, label: w.announced(formatRate(want(2, at - 1)), formatRate(want(2, at))), colour: 'var(--accent)' })),
    ...changes.map((c) => ({ x: c.step, label: w.announced(formatRate(c.from), formatRate(c.to)), colour: COLOURS[c.lane]! })),
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
        series={LANES.map((lane, i) => ({
          id: lane.id,
          label: `${w.lane[lane.id]} η = ${formatRate(rates[i]!)}`,
          values: lanes[i]?.trainLoss ?? [],
          steps: lanes[i]?.historySteps,
          colour: COLOURS[i]!,
        }))}
      />
      <TrainerProblem lang={lang} trainer={trainer} />
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
                setRates(rates.map((r, j) => (j === i ? lr : r)));
                readerSettings(false);
              },
            }}
          />
        ))}
      </div>
      <RaceControls
        w={w}
        running={running}
        over={over}
        canAnnounce={step >= CHUNK && !over && !announced.includes(step - (step % CHUNK))}
        decay={decay}
        onPlay={() => {
          if (over) readerRace(true);
          else if (running) setPlaying(false);
          else {
            setUntil(RACE_STEPS);
            setPlaying(true);
          }
        }}
        onReset={() => readerRace(false)}
        onDecay={(next) => {
          setDecay(next);
          readerSettings(false);
        }}
        onAnnounce={() => setAnnounced([...announced, step - (step % CHUNK)].sort((a, b) => a - b))}
      />
      <div className={styles.challenge}>
        <p>{w.challenge(formatNumber(THRESHOLD))}</p>
        <p className={styles.best} data-testid="race-best">{best === null ? w.noBest : w.best(formatRate(best))}</p>
        <p className={styles.note}>{w.notCounted}</p>
      </div>
    </WidgetFrame>
  );
}
