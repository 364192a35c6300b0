'use client';

import type { NetworkJSON } from '@/lib/nn';
import { SIDE } from '@/lib/playground/model';
import { PixelCanvas } from './PixelCanvas';
import type { PlaygroundWords } from './words';
import styles from './Playground.module.css';

/** For pictures: each first-layer neuron's 256 weights drawn as the 16 × 16 pattern it responds to. */
export function WeightImages({ w, network }: { w: PlaygroundWords; network: NetworkJSON | null }) {
  const first = network?.layers[0];
  if (!first) return null;
  let scale = 1e-6;
  for (const row of first.weights) for (const v of row) scale = Math.max(scale, Math.abs(v));
  return (
    <div className={styles.maps} data-testid="weight-images">
      <p className={styles.subhead}>{w.weightImages}</p>
      <div className={styles.mapRow}>
        {first.weights.map((row, j) => (
          <PixelCanvas key={j} values={row} side={SIDE} mode="signed" scale={scale} label={w.weightImage(j + 1)} size={52} />
        ))}
      </div>
    </div>
  );
}
