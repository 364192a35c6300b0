import { formatNumber } from '@/lib/format';
import type { TrainerRequest, TrainerSnapshot } from '@/lib/nn/worker/protocol';
import { Counters } from './Counters';
import { RunButtons } from './RunButtons';
import type { PlaygroundWords } from './words';
import styles from './Playground.module.css';

/** The latest value of a history, or NaN before the first. */
export const latest = (values: readonly number[]) => values[values.length - 1] ?? NaN;

/** A loss as printed: three decimals, or "diverged" in words (never NaN or ∞). */
export const showLoss = (w: PlaygroundWords, v: number) => (Number.isFinite(v) ? formatNumber(v, 3) : w.diverged);

/** The run's buttons and its numbers: epoch, step, examples, losses and accuracy. */
export function StatusBar({ w, snapshot, send, playing, onPlaying, offset, epochOffset, batch }: {
  w: PlaygroundWords;
  snapshot: TrainerSnapshot | null;
  send: (request: TrainerRequest) => void;
  playing: boolean;
  onPlaying: (playing: boolean) => void;
  /** steps taken before this run started (a snapshot's step) */
  offset: number;
  epochOffset: number;
  batch: number;
}) {
  const step = offset + (snapshot?.step ?? 0);
  const loss = (v: number) => (snapshot === null ? '–' : showLoss(w, v));
  const percent = (v: number | undefined) => (v === undefined ? '–' : `${formatNumber(100 * v, 1)} %`);
  return (
    <div className={styles.status}>
      <RunButtons w={w} playing={playing} ready={snapshot !== null} send={send} onPlaying={onPlaying} />
      <Counters items={[
        { id: 'epoch', label: w.epochs, value: formatNumber(epochOffset + (snapshot?.epoch ?? 0), 2) },
        { id: 'step', label: w.steps, value: String(step) },
        { id: 'examples', label: w.examples, value: String(offset * batch + (snapshot?.examples ?? 0)) },
        { id: 'train-loss', label: w.trainLoss, value: loss(latest(snapshot?.trainLoss ?? [])) },
        { id: 'test-loss', label: w.testLoss, value: loss(latest(snapshot?.testLoss ?? [])), tone: 'muted' },
        { id: 'test-accuracy', label: w.testAccuracy, value: percent(snapshot?.testAccuracy), tone: 'pos' },
      ]} />
      {snapshot?.diverged ? <p className={styles.note} role="alert">{w.divergedNote}</p> : null}
    </div>
  );
}
