'use client';

import { useEffect, useMemo, useRef } from 'react';
import { divergingTable } from '@/lib/theme';
import { usePalette } from '@/components/charts/usePalette';
import styles from './Playground.module.css';

/**
 * A small square picture drawn pixel for pixel (no smoothing): grey levels in [0, 1], or
 * signed values coloured blue → paper → orange across [−scale, scale].
 */
export function PixelCanvas({ values, side, mode, scale = 1, label, size = 64 }: {
  values: ArrayLike<number>;
  side: number;
  mode: 'grey' | 'signed';
  scale?: number;
  label: string;
  size?: number;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const palette = usePalette();
  const table = useMemo(() => divergingTable(palette), [palette]);
  useEffect(() => {
    const ctx = canvas.current?.getContext('2d');
    if (!ctx) return;
    const image = ctx.createImageData(side, side);
    for (let k = 0; k < side * side; k++) {
      const v = values[k] ?? 0;
      const p = 4 * k;
      if (mode === 'grey') {
        const g = Math.round(255 * Math.max(0, Math.min(1, Number.isFinite(v) ? v : 0)));
        image.data[p] = image.data[p + 1] = image.data[p + 2] = g;
      } else {
        const t = Number.isFinite(v) ? Math.max(0, Math.min(1, 0.5 + v / (2 * scale))) : 0.5;
        const c = Math.round(t * 255) * 3;
        image.data[p] = table[c]!;
        image.data[p + 1] = table[c + 1]!;
        image.data[p + 2] = table[c + 2]!;
      }
      image.data[p + 3] = 255;
    }
    ctx.putImageData(image, 0, 0);
  }, [values, side, mode, scale, table]);
  return <canvas ref={canvas} width={side} height={side} className={styles.pixels} style={{ width: size, height: size }} {...(label ? { role: 'img', 'aria-label': label } : { 'aria-hidden': true })} />;
}
