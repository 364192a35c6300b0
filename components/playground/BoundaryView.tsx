'use client';

import { useMemo } from 'react';
import { Heatmap, type HeatmapPoints } from '@/components/charts/Heatmap';
import type { Dataset } from '@/lib/nn/datasets/index';
import type { GridRequest } from '@/lib/nn/worker/protocol';
import type { PlaygroundWords } from './words';
import styles from './Playground.module.css';

/** The decision-boundary picture: the trainer's grid, over the input square the points live in. */
export const GRID: GridRequest = { xMin: -1, xMax: 1, yMin: -1, yMax: 1, nx: 50, ny: 50 };

const asPoints = (set: Dataset['train'], test: boolean): HeatmapPoints => ({
  xs: set.inputs.map((p) => p[0]!),
  ys: set.inputs.map((p) => p[1]!),
  labels: set.labels,
  test,
});

/** Class-1 score over the plane with the training points (and the test points, hollow, if shown). */
export function BoundaryView({ w, values, data, showTest, discrete }: {
  w: PlaygroundWords;
  values: Float64Array | null;
  data: Dataset | null;
  showTest: boolean;
  discrete: boolean;
}) {
  const points = useMemo(() => (data ? [asPoints(data.train, false), ...(showTest ? [asPoints(data.test, true)] : [])] : []), [data, showTest]);
  // "classes only": the same 0.5 threshold the engine's accuracy uses for a sigmoid output
  const shown = useMemo(() => (values && discrete ? values.map((v) => (v > 0.5 ? 1 : 0)) : values), [values, discrete]);
  return (
    <figure className={styles.boundary} data-testid="boundary">
      <Heatmap values={shown} nx={GRID.nx} ny={GRID.ny} bounds={GRID} points={points} label={w.boundary} size={340} />
      <figcaption className={styles.hint}>{w.boundaryKey}</figcaption>
    </figure>
  );
}
