'use client';

import { useEffect, useMemo, useRef } from 'react';
import { divergingTable } from '@/lib/theme';
import { usePalette } from '@/components/charts/usePalette';
import styles from './PictureToNumbers.module.css';

/**
 * A square of side × side values on canvas. `grey`: 0 black … 1 white, the picture itself
 * (the same in dark mode: it is data, not decoration). `signed`: blue → paper → orange
 * across ±maxAbs, the book's one colour meaning for negative and positive weights.
 */
export function PixelImage({
  values,
  side,
  mode,
  smooth = false,
  maxAbs = 1,
  cursor = null,
  size,
  label,
}: {
  values: readonly number[];
  side: number;
  mode: 'grey' | 'signed';
  /** blend neighbouring pixels, so the enlarged picture reads as a picture */
  smooth?: boolean;
  maxAbs?: number;
  /** index of the pixel to outline, in step with the grid's cursor */
  cursor?: number | null;
  size: number;
  label: string;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const palette = usePalette();
  const table = useMemo(() => divergingTable(palette), [palette]);

  useEffect(() => {
    const target = canvas.current;
    const ctx = target?.getContext('2d');
    if (!target || !ctx) return;
    const dpr = Math.min(2, window.devicePixelRatio || 1);
    const px = Math.round(size * dpr);
    if (target.width !== px) target.width = target.height = px;
    const small = document.createElement('canvas');
    small.width = small.height = side;
    const sctx = small.getContext('2d');
    if (!sctx) return;
    const image = sctx.createImageData(side, side);
    values.forEach((v, k) => {
      const p = 4 * k;
      if (mode === 'grey') {
        image.data[p] = image.data[p + 1] = image.data[p + 2] = Math.round(255 * Math.min(1, Math.max(0, v)));
      } else {
        const t = Math.round(255 * Math.min(1, Math.max(0, 0.5 + (0.5 * v) / maxAbs))) * 3;
        image.data.set([table[t]!, table[t + 1]!, table[t + 2]!], p);
      }
      image.data[p + 3] = 255;
    });
    sctx.putImageData(image, 0, 0);
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.imageSmoothingEnabled = smooth;
    ctx.drawImage(small, 0, 0, px, px);
    if (cursor !== null) {
      const cell = px / side;
      ctx.lineWidth = 2 * dpr;
      ctx.strokeStyle = palette.ink;
      ctx.strokeRect((cursor % side) * cell + dpr, Math.floor(cursor / side) * cell + dpr, cell - 2 * dpr, cell - 2 * dpr);
    }
  }, [values, side, mode, smooth, maxAbs, cursor, size, palette, table]);

  return <canvas ref={canvas} className={styles.canvas} style={{ maxWidth: size }} role="img" aria-label={label} />;
}
