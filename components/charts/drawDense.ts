import type { DiagramLayout } from './diagramLayout';
import type { DiagramLayer } from './NetworkDiagram';

/** Weights are sorted into this many strengths per sign, each drawn as one path. */
export const LEVELS = 6;

/** The colours the SVG diagram uses, read from the page's custom properties (so a theme applies). */
export interface DenseColours {
  pos: string;
  neg: string;
  card: string;
  ink: string;
}

export function readColours(element: Element): DenseColours {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return { pos: read('--pos', '#b35300'), neg: read('--neg', '#2a6db5'), card: read('--card', '#fffdf9'), ink: read('--ink', '#2a2420') };
}

/**
 * The strongest `keep` weights into each layer, and every neuron, on a canvas `width` ×
 * `height` CSS pixels. Lines go into 2 × LEVELS paths by sign and strength, so thousands of
 * weights are 12 strokes: at six layers of 64 a redraw is ~2 ms of script plus ~22 ms of
 * rasterising at the next commit (software canvas, 2-core machine under load), where the
 * same weights as SVG elements took over 10 s per redraw (issue 23). A strong weight is
 * drawn thick and opaque, a weak one thin and faint.
 */
export function drawDense(canvas: HTMLCanvasElement, layers: readonly DiagramLayer[], sizes: readonly number[], layout: DiagramLayout, width: number, height: number, keep: number) {
  const ratio = Math.min(2, window.devicePixelRatio || 1);
  if (canvas.width !== Math.round(width * ratio)) canvas.width = Math.round(width * ratio);
  if (canvas.height !== Math.round(height * ratio)) canvas.height = Math.round(height * ratio);
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const colours = readColours(canvas);
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, width, height);

  let max = 1e-9;
  for (const layer of layers) for (const row of layer.weights) for (const w of row) if (Number.isFinite(w)) max = Math.max(max, Math.abs(w));
  const paths = Array.from({ length: 2 * LEVELS }, () => new Path2D());
  layers.forEach((layer, l) => {
    const least = threshold(layer.weights, keep);
    const x1 = layout.x(l);
    const x2 = layout.x(l + 1);
    layer.weights.forEach((row, o) => {
      const y2 = layout.y(l + 1, o);
      row.forEach((w, i) => {
        if (!(Math.abs(w) >= least && w !== 0 && Number.isFinite(w))) return;
        const level = Math.min(LEVELS - 1, Math.floor((Math.abs(w) / max) * LEVELS));
        const path = paths[(w > 0 ? 0 : LEVELS) + level]!;
        path.moveTo(x1, layout.y(l, i));
        path.lineTo(x2, y2);
      });
    });
  });
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

/** The size of a layer's `keep`-th strongest weight (0 when it has no more than `keep`). */
export function threshold(weights: readonly (readonly number[])[], keep: number): number {
  const count = weights.reduce((sum, row) => sum + row.length, 0);
  if (count <= keep) return 0;
  const all = new Float64Array(count);
  let k = 0;
  for (const row of weights) for (const w of row) all[k++] = Number.isFinite(w) ? Math.abs(w) : 0;
  all.sort();
  return all[count - keep]!;
}
