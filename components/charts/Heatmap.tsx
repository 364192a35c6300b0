'use client';

import { useEffect, useMemo, useRef } from 'react';
import { divergingTable } from '@/lib/theme';
import { usePalette } from './usePalette';
import styles from './Heatmap.module.css';

/** The rectangle of input space the picture covers. */
export interface Bounds {
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

/** Examples drawn on top: label 1 orange, label 0 blue; test examples hollow. */
export interface HeatmapPoints {
  xs: ArrayLike<number>;
  ys: ArrayLike<number>;
  labels: ArrayLike<number>;
  test?: boolean;
}

const SIZE = 300;
const NO_POINTS: HeatmapPoints[] = [];

/**
 * Segments of the level line `level` through a grid of values (marching squares), in grid
 * units: [col0, row0, col1, row1, …]. Saddle cells pair their crossings in order.
 */
export function levelSegments(values: ArrayLike<number>, nx: number, ny: number, level: number): number[] {
  const out: number[] = [];
  const at = (row: number, col: number) => values[row * nx + col]! - level;
  for (let row = 0; row + 1 < ny; row++) {
    for (let col = 0; col + 1 < nx; col++) {
      const corners = [[col, row], [col + 1, row], [col + 1, row + 1], [col, row + 1]] as const;
      const cuts: number[] = [];
      for (let k = 0; k < 4; k++) {
        const [c0, r0] = corners[k]!;
        const [c1, r1] = corners[(k + 1) % 4]!;
        const a = at(r0, c0);
        const b = at(r1, c1);
        if (!Number.isFinite(a) || !Number.isFinite(b) || a < 0 === b < 0) continue;
        const t = a / (a - b);
        cuts.push(c0 + t * (c1 - c0), r0 + t * (r1 - r0));
      }
      for (let k = 0; k + 3 < cuts.length; k += 4) out.push(cuts[k]!, cuts[k + 1]!, cuts[k + 2]!, cuts[k + 3]!);
    }
  }
  return out;
}

/** The examples as dots on a transparent `px`-square canvas: label 1 orange, label 0 blue, test hollow. */
function drawPoints(ctx: CanvasRenderingContext2D, points: HeatmapPoints[], bounds: Bounds, px: number, dpr: number,
  palette: { pos: string; neg: string; paper: string }) {
  const sx = px / (bounds.xMax - bounds.xMin);
  const sy = px / (bounds.yMax - bounds.yMin);
  const r = 3.2 * dpr;
  ctx.lineWidth = 1.4 * dpr;
  for (const set of points) {
    for (let i = 0; i < set.xs.length; i++) {
      const cx = (set.xs[i]! - bounds.xMin) * sx;
      const cy = px - (set.ys[i]! - bounds.yMin) * sy;
      const colour = set.labels[i]! > 0.5 ? palette.pos : palette.neg;
      ctx.beginPath();
      ctx.arc(cx, cy, r, 0, 2 * Math.PI);
      if (set.test) {
        ctx.strokeStyle = colour;
        ctx.stroke();
      } else {
        ctx.fillStyle = colour;
        ctx.fill();
        ctx.strokeStyle = palette.paper;
        ctx.stroke();
      }
    }
  }
}

/**
 * A grid of values (`values[row * nx + col]`, row 0 at the bottom) as RGBA pixels of an nx × ny
 * image, coloured through `table` (divergingTable) across `domain`; not-a-number is the middle colour.
 */
export function paintValues(data: Uint8ClampedArray, values: ArrayLike<number>, nx: number, ny: number,
  domain: readonly [number, number], table: Uint8ClampedArray) {
  const [lo, hi] = domain;
  for (let row = 0; row < ny; row++) {
    for (let col = 0; col < nx; col++) {
      const v = values[row * nx + col]!;
      const t = Number.isFinite(v) ? Math.max(0, Math.min(1, (v - lo) / (hi - lo))) : 0.5;
      const k = Math.round(t * 255) * 3;
      const p = 4 * ((ny - 1 - row) * nx + col); // canvas rows run downwards
      data[p] = table[k]!;
      data[p + 1] = table[k + 1]!;
      data[p + 2] = table[k + 2]!;
      data[p + 3] = 255;
    }
  }
}

/**
 * A decision boundary on canvas: `values[row * nx + col]`, row 0 at yMin (the bottom),
 * coloured blue → paper → orange across `domain`. Cheap enough to repaint every frame.
 */
export function Heatmap({
  values,
  nx,
  ny,
  bounds,
  domain = [0, 1],
  points = NO_POINTS,
  label,
  size = SIZE,
  contour,
}: {
  values: ArrayLike<number> | null;
  nx: number;
  ny: number;
  bounds: Bounds;
  domain?: [number, number];
  points?: HeatmapPoints[];
  label: string;
  size?: number;
  /** Draw the line where values cross this level (0.5: the decision boundary). */
  contour?: number;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const dots = useRef<HTMLCanvasElement>(null);
  const palette = usePalette();
  const table = useMemo(() => divergingTable(palette), [palette]);
  const scratch = useRef<HTMLCanvasElement | null>(null);
  const dpr = typeof window === 'undefined' ? 1 : Math.min(2, window.devicePixelRatio || 1);
  const px = Math.round(size * dpr);

  useEffect(() => {
    const target = canvas.current;
    const ctx = target?.getContext('2d');
    if (!target || !ctx) return;
    scratch.current ??= document.createElement('canvas');
    if (target.width !== px) target.width = target.height = px;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = palette.paper;
    ctx.fillRect(0, 0, px, px);
    if (!values || values.length < nx * ny) return;
    const small = scratch.current;
    small.width = nx;
    small.height = ny;
    const sctx = small.getContext('2d');
    if (sctx) {
      const image = sctx.createImageData(nx, ny);
      paintValues(image.data, values, nx, ny, domain, table);
      sctx.putImageData(image, 0, 0);
      ctx.imageSmoothingEnabled = true;
      ctx.drawImage(small, 0, 0, px, px);
    }
    if (contour === undefined) return;
    // grid sample (col, row) sits at xMin + col·dx, yMin + row·dy, as predictGrid lays it out
    const sx = px / (bounds.xMax - bounds.xMin);
    const sy = px / (bounds.yMax - bounds.yMin);
    const gx = (bounds.xMax - bounds.xMin) / Math.max(1, nx - 1);
    const gy = (bounds.yMax - bounds.yMin) / Math.max(1, ny - 1);
    const seg = levelSegments(values, nx, ny, contour);
    ctx.beginPath();
    for (let k = 0; k < seg.length; k += 4) {
      ctx.moveTo(seg[k]! * gx * sx, px - seg[k + 1]! * gy * sy);
      ctx.lineTo(seg[k + 2]! * gx * sx, px - seg[k + 3]! * gy * sy);
    }
    ctx.strokeStyle = palette.ink;
    ctx.globalAlpha = 0.55;
    ctx.lineWidth = 1.5 * dpr;
    ctx.stroke();
    ctx.globalAlpha = 1;
  }, [values, nx, ny, bounds, domain, palette, table, px, dpr, contour]);

  // The examples sit on a canvas of their own, over the boundary: a run repaints the
  // boundary every frame and leaves them alone.
  useEffect(() => {
    const layer = dots.current;
    const ctx = layer?.getContext('2d');
    if (!layer || !ctx) return;
    const side = points.length > 0 ? px : 0; // no examples, no backing store
    layer.width = layer.height = side; // also clears it
    if (side > 0) drawPoints(ctx, points, bounds, px, dpr, palette);
  }, [points, bounds, px, dpr, palette]);

  return (
    <div className={styles.heatmap} style={{ maxWidth: size }} role="img" aria-label={label}>
      <canvas ref={canvas} className={styles.layer} />
      <canvas ref={dots} className={styles.layer} />
    </div>
  );
}
