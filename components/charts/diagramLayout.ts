import { scaleLinear } from 'd3-scale';

/** Where a network diagram puts its neurons: columns left to right, each column centred. */
export interface DiagramLayout {
  radius: number;
  x: (column: number) => number;
  y: (column: number, index: number) => number;
  /** vertical distance between neighbours in a column */
  gap: (column: number) => number;
}

/**
 * Neurons per column (inputs first) in a width × height box. Neighbours are at most 3.2
 * radii apart, or `spread` pixels when given (a dense diagram's radius is too small to
 * space a column of four outputs by).
 */
export function diagramLayout(sizes: readonly number[], width: number, height: number, spread = 0): DiagramLayout {
  const most = Math.max(1, ...sizes);
  const radius = Math.min(22, (height - 20) / (2.6 * most));
  const x = scaleLinear().domain([0, Math.max(1, sizes.length - 1)]).range([radius + 24, width - radius - 24]);
  const gap = (column: number) => Math.min((height - 2 * radius - 16) / Math.max(1, (sizes[column] ?? 1) - 1), Math.max(spread, radius * 3.2));
  const y = (column: number, index: number) => height / 2 + (index - ((sizes[column] ?? 1) - 1) / 2) * gap(column);
  return { radius, x: (column) => x(column), y, gap };
}

/** Neurons per column of a diagram of these layers: the first layer's inputs, then each layer's outputs. */
export const columnSizes = (layers: readonly { weights: number[][]; biases: number[] }[]): number[] =>
  [layers[0]?.weights[0]?.length ?? 0, ...layers.map((l) => l.biases.length)];
