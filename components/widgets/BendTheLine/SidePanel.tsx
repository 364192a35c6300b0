import { Heatmap, type HeatmapPoints } from '@/components/charts/Heatmap';
import type { TrainerSnapshot } from '@/lib/nn/worker/protocol';
import { DOMAIN, GRID, type Side } from './config';
import styles from './BendTheLine.module.css';

/** One network: its boundary over the data, and its loss and share correct underneath. */
export function SidePanel({ side, snapshot, points, name, note, label, loss, accuracy, lossLabel, accuracyLabel }: {
  side: Side;
  snapshot: TrainerSnapshot | null;
  points: HeatmapPoints[];
  name: string;
  note: string;
  label: string;
  loss: string;
  accuracy: string;
  lossLabel: string;
  accuracyLabel: string;
}) {
  return (
    <figure className={styles.side} data-side={side}>
      <figcaption className={styles.name}>
        <strong>{name}</strong>
        <span>{note}</span>
      </figcaption>
      <Heatmap values={snapshot?.grid?.values ?? null} nx={GRID.nx} ny={GRID.ny} bounds={GRID} domain={DOMAIN} points={points} label={label} size={240} contour={0.5} />
      <dl className={styles.numbers}>
        <div>
          <dt>{lossLabel}</dt>
          <dd data-testid={`bend-loss-${side}`}>{loss}</dd>
        </div>
        <div>
          <dt>{accuracyLabel}</dt>
          <dd data-testid={`bend-accuracy-${side}`}>{accuracy}</dd>
        </div>
      </dl>
    </figure>
  );
}
