import type { Palette } from '@/lib/theme';
import { columnSizes, diagramLayout, type DiagramLayout } from './diagramLayout';
import type { DiagramLayer } from './NetworkDiagram';

/** Weights are sorted into this many strengths per sign, each drawn as one path. */
export const LEVELS = 6;

/** The theme's colours a dense diagram is drawn in (the SVG diagram's, from lib/theme's palette). */
export type DenseColours = Pick<Palette, 'pos' | 'neg' | 'card' | 'ink'>;

/** Most pixels between neighbours in a column (a column of four outputs is not squeezed to its radius). */
export const SPREAD = 24;

/**
 * Everything one drawing of a dense diagram needs, as plain data: it is posted to the
 * diagram's worker (denseWorker.ts), so the weights are one transferable array.
 */
export interface DenseScene {
  /** neurons per column, inputs first */
  sizes: number[];
  /** each layer's weights, rows of outputs by inputs, one layer after another */
  weights: Float64Array;
  width: number;
  height: number;
  /** lines drawn per layer: its strongest weights */
  keep: number;
  /** device pixels per CSS pixel */
  ratio: number;
  colours: DenseColours;
}

/** What the page posts to the diagram's worker: the canvas it draws on (once), then each scene. */
export type DenseMessage = { type: 'canvas'; canvas: OffscreenCanvas } | { type: 'draw'; scene: DenseScene };

/** The scene for these layers (a copy of their weights), drawn in `palette`. */
export function denseScene(layers: readonly DiagramLayer[], width: number, height: number, keep: number, ratio: number, palette: Palette): DenseScene {
  const sizes = columnSizes(layers);
  let count = 0;
  for (let l = 0; l < layers.length; l++) count += sizes[l]! * sizes[l + 1]!;
  const weights = new Float64Array(count);
  let k = 0;
  for (const layer of layers) for (const row of layer.weights) for (let i = 0; i < row.length; i++) weights[k++] = row[i]!;
  const { pos, neg, card, ink } = palette;
  return { sizes, weights, width, height, keep, ratio: Math.min(2, ratio || 1), colours: { pos, neg, card, ink } };
}

/**
 * The strongest `keep` weights into each layer, and every neuron, on a canvas (on the page,
 * or a worker's OffscreenCanvas) `width` × `height` CSS pixels. Lines go into 2 × LEVELS
 * paths by sign and strength, so thousands of weights are 12 strokes: at six layers of 64 a
 * redraw is ~2 ms of script plus ~22 ms of rasterising when the canvas is next shown
 * (software canvas, 2-core machine under load; on a worker's OffscreenCanvas both are off the
 * page's main thread), where the same weights as SVG elements took over 10 s per redraw
 * (issue 23). A strong weight is drawn thick and opaque, a weak one thin and faint.
 */
export function drawDense(canvas: HTMLCanvasElement | OffscreenCanvas, { sizes, weights, width, height, keep, ratio, colours }: DenseScene) {
  if (canvas.width !== Math.round(width * ratio)) canvas.width = Math.round(width * ratio);
  if (canvas.height !== Math.round(height * ratio)) canvas.height = Math.round(height * ratio);
  const ctx = canvas.getContext('2d') as CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
  if (!ctx) return;
  const layout = diagramLayout(sizes, width, height, SPREAD);
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, width, height);

  let max = 1e-9;
  for (const w of weights) if (Number.isFinite(w)) max = Math.max(max, Math.abs(w));
  const paths = Array.from({ length: 2 * LEVELS }, () => new Path2D());
  for (let l = 0, from = 0; l + 1 < sizes.length; l++) {
    const inputs = sizes[l]!;
    const layer = weights.subarray(from, (from += inputs * sizes[l + 1]!));
    const least = threshold(layer, keep);
    const x1 = layout.x(l);
    const x2 = layout.x(l + 1);
    for (let k = 0; k < layer.length; k++) {
      const w = layer[k]!;
      if (!(Math.abs(w) >= least && w !== 0 && Number.isFinite(w))) continue;
      const level = Math.min(LEVELS - 1, Math.floor((Math.abs(w) / max) * LEVELS));
      const path = paths[(w > 0 ? 0 : LEVELS) + level]!;
      path.moveTo(x1, layout.y(l, k % inputs));
      path.lineTo(x2, layout.y(l + 1, Math.floor(k / inputs)));
    }
  }
  ctx.lineCap = 'round';
  // weakest first, so the strongest lines of either sign lie on top
  for (let level = 0; level < LEVELS; level++) {
    const strength = (level + 1) / LEVELS;
    ctx.globalAlpha = 0.2 + 0.7 * strength;
    ctx.lineWidth = 0.5 + 2.3 * strength;
    for (const [k, colour] of [[level, colours.pos], [LEVELS + level, colours.neg]] as const) {
      ctx.strokeStyle = colour;
      ctx.stroke(paths[k]!);
    }
  }
  ctx.globalAlpha = 1;
  const dots = new Path2D();
  sizes.forEach((n, column) => {
    const r = dotRadius(layout, column);
    for (let index = 0; index < n; index++) {
      const cx = layout.x(column);
      const cy = layout.y(column, index);
      dots.moveTo(cx + r, cy);
      dots.arc(cx, cy, r, 0, 2 * Math.PI);
    }
  });
  ctx.fillStyle = colours.card;
  ctx.fill(dots);
  ctx.strokeStyle = colours.ink;
  ctx.lineWidth = 1;
  ctx.stroke(dots);
}

/** A neuron's radius in a dense diagram: as its column's spacing allows, 2 to 6 px. */
export const dotRadius = (layout: DiagramLayout, column: number) => Math.max(2, Math.min(6, layout.gap(column) / 2.6));

/** The size of the `keep`-th strongest of a layer's weights (0 when it has no more than `keep`). */
export function threshold(weights: ArrayLike<number>, keep: number): number {
  const count = weights.length;
  if (count <= keep) return 0;
  const all = new Float64Array(count);
  for (let k = 0; k < count; k++) all[k] = Number.isFinite(weights[k]!) ? Math.abs(weights[k]!) : 0;
  all.sort();
  return all[count - keep]!;
}
