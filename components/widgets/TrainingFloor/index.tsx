'use client';

import { useMemo } from 'react';
import type { ToyKind } from '@/lib/nn/datasets/index';
import { formatNumber } from '@/lib/format';
import type { Locale } from '@/lib/i18n';
import { useTrainer } from '@/components/useTrainer';
import { TrainerProblem } from '@/components/trainer/TrainerProblem';
import { Heatmap } from '@/components/charts/Heatmap';
import { LineChart } from '@/components/charts/LineChart';
import { useWidgetState } from '../state';
import { WidgetFrame } from '../WidgetFrame';
import { Conveyor } from './Conveyor';
import { Counters } from './Counters';
import { FloorControls } from './FloorControls';
import { TargetBar } from './TargetBar';
import { DEFAULT_BATCH, DOMAIN, GRID, LR, TARGET_LOSS, TRAIN_SIZE, floorDataset, floorSetup } from './config';
import { isRate, isRun } from './manifest';
import { datasetPoints } from '@/components/charts/datasetPoints';
import { latest, reachedAt, targetShare } from './progress';
import { words } from './words';
import styles from './TrainingFloor.module.css';

/** Chapter 5: a small network learns a 2-D set live, batch by batch, with every counter in view. */
export function TrainingFloor({ lang }: { lang: Locale }) {
  const w = words[lang];
  // Shared widget state (a story step may set it). `run` is what the run was created with; `lr`
  // is the rate it runs at now, which may change mid-run without restarting it.
  const [run, setRun] = useWidgetState<{ kind: ToyKind; batch: number; lr: number }>('run', { kind: 'spiral', batch: DEFAULT_BATCH, lr: LR.initial }, isRun);
  const [lr, setLr] = useWidgetState<number>('lr', LR.initial, isRate);
  const [playing, setPlaying] = useWidgetState<boolean>('playing', false);
  const trainer = useTrainer(floorSetup(run.kind, run.batch, lr, playing));
  const { snapshot, send } = trainer;
  const points = useMemo(() => datasetPoints(floorDataset(run.kind)), [run.kind]);
  const trainLabels = points[0]!.labels;
  const liveLr = snapshot?.lr;

  const diverged = snapshot?.diverged ?? false;
  const running = playing && !diverged;
  const step = snapshot?.step ?? 0;
  const trainLoss = snapshot ? latest(snapshot.trainLoss) : NaN;
  const testLoss = snapshot ? latest(snapshot.testLoss) : NaN;
  const show = (loss: number) => (Number.isFinite(loss) ? formatNumber(loss, 3) : snapshot ? w.blownUp : '…');
  const reached = snapshot ? reachedAt(snapshot, TARGET_LOSS) : null;
  const counters = {
    examples: String(snapshot?.examples ?? 0),
    steps: String(step),
    epochs: formatNumber(snapshot?.epoch ?? 0, 2),
  };
  const perEpoch = TRAIN_SIZE / run.batch;

  const newRun = (change: Partial<typeof run>) => setRun((old) => ({ ...old, lr, ...change }));
  /** "One step" and "one epoch" pause first (the trainer does too). */
  const pauseThen = (request: 'step' | 'epoch') => {
    setPlaying(false);
    send({ type: request });
  };
  const summary = running
    ? w.running
    : w.summary({ kind: w.kinds[run.kind], batch: run.batch, lr: formatNumber(lr, 2), ...counters, trainLoss: show(trainLoss), testLoss: show(testLoss), target: formatNumber(TARGET_LOSS), reachedAt: reached });

  return (
    <WidgetFrame name="TrainingFloor" title={w.title} summary={summary}>
      <Conveyor step={step} playing={running} batch={run.batch} labels={trainLabels} caption={w.tray(run.batch)} network={w.network} />
      <Counters
        items={[
          { id: 'examples', label: w.examples, value: counters.examples },
          { id: 'steps', label: w.steps, value: counters.steps },
          { id: 'epochs', label: w.epochs, value: counters.epochs },
        ]}
        arithmetic={w.arithmetic(TRAIN_SIZE, run.batch, perEpoch)}
      />
      <p className={styles.rate} data-testid="floor-rate">{w.liveRate(liveLr === undefined ? '…' : formatNumber(liveLr))}</p>
      <div className={styles.panels}>
        <figure className={styles.boundary}>
          <Heatmap values={snapshot?.grid?.values ?? null} nx={GRID.nx} ny={GRID.ny} bounds={GRID} domain={DOMAIN} points={points} label={w.boundary} size={280} contour={0.5} />
          <figcaption className={styles.key}>
            <span>{w.trainDots}</span> <span>{w.testDots}</span>
          </figcaption>
        </figure>
        <div className={styles.curves}>
          <LineChart
            label={w.chart}
            xLabel={w.stepAxis}
            yLabel={w.lossAxis}
            yDomain={[0, 1]}
            xMax={100}
            width={360}
            height={240}
            series={[
              { id: 'train', label: w.trainLoss, values: snapshot?.trainLoss ?? [], steps: snapshot?.historySteps, colour: 'var(--accent)' },
              { id: 'test', label: w.testLoss, values: snapshot?.testLoss ?? [], steps: snapshot?.historySteps, colour: 'var(--muted)', dashed: true },
              { id: 'target', label: `${w.targetLine} ${formatNumber(TARGET_LOSS)}`, values: [TARGET_LOSS, TARGET_LOSS], steps: [0, Math.max(100, step)], colour: 'var(--pos)', dashed: true },
            ]}
          />
        </div>
      </div>
      <TargetBar
        share={snapshot ? targetShare(snapshot, TARGET_LOSS) : 0}
        label={w.target(formatNumber(TARGET_LOSS))}
        now={w.lossNow(show(trainLoss))}
        cheer={diverged ? w.diverged : reached !== null ? w.reached(reached) : null}
      />
      <TrainerProblem lang={lang} trainer={trainer} />
      <FloorControls
        w={w}
        lang={lang}
        running={running}
        kind={run.kind}
        batch={run.batch}
        lr={lr}
        onPlay={() => setPlaying(!running)}
        onStep={() => pauseThen('step')}
        onEpoch={() => pauseThen('epoch')}
        onReset={() => {
          setPlaying(false);
          send({ type: 'reset', playing: false });
        }}
        onKind={(kind) => newRun({ kind })}
        onBatch={(batch) => newRun({ batch })}
        onLr={setLr}
      />
    </WidgetFrame>
  );
}
