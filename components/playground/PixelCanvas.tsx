'use client';

import { useEffect, useMemo, useRef } from 'react';
import { divergingTable } from '@/lib/theme';
import { usePalette } from '@/components/charts/usePalette';
import styles from './Playground.module.css';

/**
 * A canvas's first drawing waits in a queue, at most FIRST_PER_FRAME a frame; later drawings
 * are made at once. Chromium makes a canvas's backing store when it is first shown, ~0.7 ms of
 * main-thread CPU each (software canvas, this 2-core machine): the largest dog playground shows
 * 64 weight pictures and 12 test pictures at once, and their first commit was one 45-57 ms task.
 * A/B in one run (npm run bench:playground, 7 runs each alternated, load average 9-18 on 2
 * cores): its longest main-thread task to ready + 1 s, median 31 ms CPU (worst 37) with the
 * queue, 51 ms (worst 77) without.
 */
const FIRST_PER_FRAME = 12;
const waiting = new Set<() => void>();
let frame = 0;

function flush() {
  frame = 0;
  let drawn = 0;
  for (const draw of waiting) {
    if (drawn++ === FIRST_PER_FRAME) break;
    waiting.delete(draw);
    draw();
  }
  if (waiting.size > 0) frame = requestAnimationFrame(flush);
}

/** Draws once its turn comes; the returned function takes it out of the queue. */
function drawSoon(draw: () => void): () => void {
  waiting.add(draw);
  if (!frame) frame = requestAnimationFrame(flush);
  return () => {
    waiting.delete(draw);
  };
}

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
  const shown = useRef(false);
  useEffect(() => {
    const draw = () => {
      const ctx = canvas.current?.getContext('2d');
      if (!ctx) return;
      shown.current = true;
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
    };
    if (shown.current) return draw();
    return drawSoon(draw);
  }, [values, side, mode, scale, table]);
  return <canvas ref={canvas} width={side} height={side} className={styles.pixels} style={{ width: size, height: size }} {...(label ? { role: 'img', 'aria-label': label } : { 'aria-hidden': true })} />;
}
