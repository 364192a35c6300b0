'use client';

import { useMemo, type ReactNode } from 'react';
import { Heatmap, type HeatmapPoints } from '@/components/charts/Heatmap';
import type { Dataset } from '@/lib/nn/datasets/index';
import type { GridRequest } from '@/lib/nn/worker/protocol';
import type { PlaygroundWords } from './words';
import styles from './Playground.module.css';

/** The decision-boundary picture: the trainer's grid, over the input square the points live in. */
export const GRID: GridRequest = { xMin: -1, xMax: 1, yMin: -1, yMax: 1, nx: 50, ny: 50 };

/** The examples as dots; a regression label (−1 to 1) is drawn by its sign, orange above 0. */
const asPoints = (set: Dataset['train'], test: boolean, regression: boolean): HeatmapPoints => ({
  xs: set.inputs.map((p) => p[0]!),
  ys: set.inputs.map((p) => p[1]!),
  labels: regression ? set.labels.map((l) => (l > 0 ? 1 : 0)) : set.labels,
  test,
});

const CLASS_SCORE: [number, number] = [0, 1];
const PREDICTION: [number, number] = [-1, 1];

/**
 * Class-1 score over the plane with the training points (and the test points, hollow, if shown);
 * for regression the prediction itself on a colour scale from −1 to 1.
 */
export function BoundaryView({ w, values, data, showTest, discrete, regression = false, overlay = null }: {
  w: PlaygroundWords;
  values: Float64Array | null;
  data: Dataset | null;
  showTest: boolean;
  discrete: boolean;
  regression?: boolean;
  /** drawn over the picture, the plot's size (own data: the editable points, which it draws itself) */
  overlay?: ReactNode;
}) {
  const own = overlay !== null;
  const points = useMemo(() => (data && !own ? [asPoints(data.train, false, regression), ...(showTest ? [asPoints(data.test, true, regression)] : [])] : []),
    [data, showTest, regression, own]);
  // "classes only": the same 0.5 threshold the engine's accuracy uses for a sigmoid output
  const shown = useMemo(() => (values && discrete && !regression ? values.map((v) => (v > 0.5 ? 1 : 0)) : values), [values, discrete, regression]);
  return (
    <figure className={styles.boundary} data-testid="boundary" data-problem={regression ? 'regression' : 'classification'}>
      <div className={styles.plot}>
        <Heatmap values={shown} nx={GRID.nx} ny={GRID.ny} bounds={GRID} points={points} domain={regression ? PREDICTION : CLASS_SCORE}
          label={regression ? w.regressionMap : w.boundary} size={340} />
        {overlay}
      </div>
      <figcaption className={styles.hint}>{regression ? w.regressionKey : w.boundaryKey}</figcaption>
    </figure>
  );
}
