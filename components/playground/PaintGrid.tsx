'use client';

import { useState } from 'react';
import { usePaintGrid } from '@/components/controls/usePaintGrid';
import { PixelCanvas } from './PixelCanvas';
import styles from './Playground.module.css';

/**
 * A side × side picture to paint on. One focusable surface: arrow keys move a cursor and
 * Space or Enter paints under it; a pressed pointer paints every pixel it crosses.
 */
export function PaintGrid({ pixels, side, label, cursorLabel, onPaint, size = 224 }: {
  pixels: readonly number[];
  side: number;
  label: string;
  cursorLabel: (row: number, col: number, value: number) => string;
  onPaint: (index: number) => void;
  size?: number;
}) {
  const [cursor, setCursor] = useState(Math.floor(side / 2) * side + Math.floor(side / 2));
  const paint = usePaintGrid({ side, cursor, onCursor: setCursor, onPaint });
  const row = Math.floor(cursor / side);
  const col = cursor % side;
  return (
    <div
      className={styles.paint}
      style={{ width: size, height: size }}
      aria-label={label}
      aria-roledescription="canvas"
      data-testid="paint-grid"
      {...paint}
    >
      <PixelCanvas values={pixels} side={side} mode="grey" size={size} label="" />
      <span className="visually-hidden" aria-live="polite">{cursorLabel(row + 1, col + 1, pixels[cursor]!)}</span>
      <span className={styles.cursor} aria-hidden="true"
        style={{ left: `${(col / side) * 100}%`, top: `${(row / side) * 100}%`, width: `${100 / side}%`, height: `${100 / side}%` }} />
    </div>
  );
}
