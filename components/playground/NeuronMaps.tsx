'use client';

import { useMemo } from 'react';
import { Heatmap } from '@/components/charts/Heatmap';
import type { FeatureName, NetworkJSON } from '@/lib/nn';
import { neuronMaps } from '@/lib/playground/inspect';
import { GRID } from './BoundaryView';
import type { PlaygroundWords } from './words';
import styles from './Playground.module.css';

/** Low resolution is plenty for a thumbnail, and keeps 48 maps cheap. */
const SMALL = { ...GRID, nx: 24, ny: 24 };

/** Every hidden neuron's own output over the input square, layer by layer (2-D sets). */
export function NeuronMaps({ w, network, features }: { w: PlaygroundWords; network: NetworkJSON | null; features: readonly FeatureName[] }) {
  const maps = useMemo(() => (network ? neuronMaps(network, SMALL, features) : []), [network, features]);
  if (maps.length === 0) return null;
  return (
    <div className={styles.maps} data-testid="neuron-maps">
      <p className={styles.subhead}>{w.neuronMaps}</p>
      {maps.map((layer, l) => (
        <div key={l} className={styles.mapRow}>
          <span className={styles.mapLabel}>{w.layer(l + 1)}</span>
          {layer.map((m) => (
            <div key={m.neuron} className={styles.map}>
              <Heatmap values={m.values} nx={SMALL.nx} ny={SMALL.ny} bounds={SMALL} domain={m.domain} label={w.neuronMap(l + 1, m.neuron + 1)} size={52} />
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}
