'use client';

import { useState } from 'react';
import { Heatmap } from '@/components/charts/Heatmap';
import { FEATURES, FEATURE_NAMES, type FeatureName } from '@/lib/nn/features';
import { set } from '@/lib/playground/edit';
import type { PlaygroundState } from '@/lib/playground/table';
import { GRID } from './BoundaryView';
import type { Update } from './update';
import type { PlaygroundWords } from './words';
import styles from './Playground.module.css';

const SIDE = 20;
const SQUARE = { ...GRID, nx: SIDE, ny: SIDE };

/** Each feature over the input square, drawn once: the picture is the same for every run. */
let pictures: Record<FeatureName, Float64Array> | null = null;
function featurePictures(): Record<FeatureName, Float64Array> {
  pictures ??= Object.fromEntries(FEATURE_NAMES.map((name) => {
    const values = new Float64Array(SIDE * SIDE);
    for (let row = 0; row < SIDE; row++) for (let col = 0; col < SIDE; col++) {
      values[row * SIDE + col] = FEATURES[name](-1 + (2 * col) / (SIDE - 1), -1 + (2 * row) / (SIDE - 1));
    }
    return [name, values];
  })) as Record<FeatureName, Float64Array>;
  return pictures;
}

/** The feature list with one switched; kept in the table's order so equal choices give equal links. */
export function toggled(features: readonly FeatureName[], name: FeatureName): FeatureName[] {
  const on = new Set(features);
  if (on.has(name)) on.delete(name);
  else on.add(name);
  return FEATURE_NAMES.filter((f) => on.has(f));
}

/**
 * The input column of tensorflow/playground: each feature as a small picture of itself over
 * the square, pressed when the network takes it. The last one on cannot be switched off.
 */
export function FeaturePicker({ w, state, update }: { w: PlaygroundWords; state: PlaygroundState; update: Update }) {
  const [refused, setRefused] = useState(false);
  const all = featurePictures();
  const press = (name: FeatureName) => {
    const next = toggled(state.features, name);
    setRefused(next.length === 0);
    if (next.length > 0) update(set('features', next));
  };
  return (
    <fieldset className={styles.features} data-testid="features">
      <legend className={styles.fieldLabel}>{w.features}</legend>
      <div className={styles.featureList}>
        {FEATURE_NAMES.map((name) => {
          const on = state.features.includes(name);
          return (
            <button key={name} type="button" className={styles.feature} aria-pressed={on} data-feature={name}
              aria-label={w.featureToggle(w.featureNames[name], on)} onClick={() => press(name)}>
              <Heatmap values={all[name]} nx={SIDE} ny={SIDE} bounds={SQUARE} domain={[-1, 1]} label={w.featureNames[name]} size={36} />
              <span>{w.featureNames[name]}</span>
            </button>
          );
        })}
      </div>
      {refused ? <p className={styles.hint} role="status">{w.lastFeature}</p> : <p className={styles.hint}>{w.featuresHint}</p>}
    </fieldset>
  );
}
