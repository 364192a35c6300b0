'use client';

import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { PixelCanvas } from './PixelCanvas';
import styles from './Playground.module.css';

const MOVES: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

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
  const painting = useRef(false);
  const cellAt = (event: PointerEvent<HTMLDivElement>): number | null => {
    const box = event.currentTarget.getBoundingClientRect();
    const col = Math.floor(((event.clientX - box.left) / box.width) * side);
    const row = Math.floor(((event.clientY - box.top) / box.height) * side);
    return row >= 0 && row < side && col >= 0 && col < side ? row * side + col : null;
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const move = MOVES[event.key];
    if (move) {
      event.preventDefault(); // the page must not scroll while the cursor moves
      const row = Math.min(side - 1, Math.max(0, Math.floor(cursor / side) + move[0]));
      const col = Math.min(side - 1, Math.max(0, (cursor % side) + move[1]));
      setCursor(row * side + col);
    } else if (event.key === ' ' || event.key === 'Enter') {
      event.preventDefault();
      onPaint(cursor);
    }
  };
  const row = Math.floor(cursor / side);
  const col = cursor % side;
  return (
    <div
      className={styles.paint}
      style={{ width: size, height: size }}
      tabIndex={0}
      role="application"
      aria-label={label}
      aria-roledescription="canvas"
      data-testid="paint-grid"
      onKeyDown={onKeyDown}
      onPointerDown={(event) => {
        const cell = cellAt(event);
        if (cell === null) return;
        painting.current = true;
        event.currentTarget.setPointerCapture(event.pointerId);
        onPaint(cell);
      }}
      onPointerMove={(event) => {
        const cell = painting.current ? cellAt(event) : null;
        if (cell !== null) onPaint(cell);
      }}
      onPointerUp={() => (painting.current = false)}
      onPointerCancel={() => (painting.current = false)}
    >
      <PixelCanvas values={pixels} side={side} mode="grey" size={size} label="" />
      <span className="visually-hidden" aria-live="polite">{cursorLabel(row + 1, col + 1, pixels[cursor]!)}</span>
      <span className={styles.cursor} aria-hidden="true"
        style={{ left: `${(col / side) * 100}%`, top: `${(row / side) * 100}%`, width: `${100 / side}%`, height: `${100 / side}%` }} />
    </div>
  );
}
