import { createDataset, type DatasetSpec } from '@/lib/nn/datasets/index';
import type { HeatmapPoints } from './Heatmap';

/** The examples of a dataset spec as Heatmap dots: training examples filled, test examples hollow. */
export function datasetPoints(spec: DatasetSpec): HeatmapPoints[] {
  const { train, test } = createDataset(spec);
  const dots = (inputs: number[][], labels: number[], isTest: boolean): HeatmapPoints => ({
    xs: inputs.map((p) => p[0]!),
    ys: inputs.map((p) => p[1]!),
    labels,
    test: isTest,
  });
  return [dots(train.inputs, train.labels, false), dots(test.inputs, test.labels, true)];
}
