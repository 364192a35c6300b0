import { Heatmap, type HeatmapPoints } from '@/components/charts/Heatmap';
import { NeuronMaps } from '@/components/playground/NeuronMaps';
import type { NeuronMapWords } from '@/components/playground/neuronWords';
import type { NetworkJSON } from '@/lib/nn';
import type { TrainerSnapshot } from '@/lib/nn/worker/protocol';
import { DOMAIN, GRID, type Side } from './config';
import styles from './BendTheLine.module.css';

/**
 * One network: its boundary over the data, its loss and share correct underneath, and each
 * hidden neuron's own picture (the text says each bends the sheet along a line of its own).
 */
export function SidePanel({ side, snapshot, network, mapWords, points, name, note, label, loss, accuracy, lossLabel, accuracyLabel }: {
  side: Side;
  snapshot: TrainerSnapshot | null;
  /** the side's network as last read from the trainer (for the neuron maps) */
  network: NetworkJSON | null;
  mapWords: NeuronMapWords;
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
      <NeuronMaps words={mapWords} network={network} thumb={40} />
    </figure>
  );
}
