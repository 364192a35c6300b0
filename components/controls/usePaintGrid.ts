'use client';

import { useRef, type KeyboardEvent, type PointerEvent } from 'react';

const MOVES: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

/**
 * Painting on a side × side picture drawn as one focusable surface (both pixel painters):
 * arrow keys move the cursor and Space/Enter paints under it; a pressed pointer (mouse, pen
 * or finger) paints every cell it crosses. With `onHover`, a pointer that only moves points
 * at a cell (null once it leaves). Cells are row-major indices.
 */
export function usePaintGrid({ side, cursor, onCursor, onPaint, onHover }: {
  side: number;
  cursor: number;
  onCursor: (index: number) => void;
  onPaint: (index: number) => void;
  onHover?: (index: number | null) => void;
}) {
  const painting = useRef(false);
  const cellAt = (event: PointerEvent<Element>): number | null => {
    const box = event.currentTarget.getBoundingClientRect();
    const col = Math.floor(((event.clientX - box.left) / box.width) * side);
    const row = Math.floor(((event.clientY - box.top) / box.height) * side);
    return row >= 0 && row < side && col >= 0 && col < side ? row * side + col : null;
  };
  const stop = () => (painting.current = false);

  /** Spread on the surface element. */
  return {
    tabIndex: 0,
    role: 'application',
    onKeyDown: (event: KeyboardEvent) => {
      const move = MOVES[event.key];
      if (move) {
        event.preventDefault(); // the page must not scroll while the cursor moves
        const row = Math.min(side - 1, Math.max(0, Math.floor(cursor / side) + move[0]));
        const col = Math.min(side - 1, Math.max(0, (cursor % side) + move[1]));
        onCursor(row * side + col);
      } else if (event.key === ' ' || event.key === 'Enter') {
        event.preventDefault();
        onPaint(cursor);
      }
    },
    onPointerDown: (event: PointerEvent<Element>) => {
      const cell = cellAt(event);
      if (cell === null) return;
      painting.current = true;
      event.currentTarget.setPointerCapture(event.pointerId);
      onPaint(cell);
    },
    onPointerMove: (event: PointerEvent<Element>) => {
      if (!painting.current && !onHover) return;
      const cell = cellAt(event);
      onHover?.(cell);
      if (painting.current && cell !== null) onPaint(cell);
    },
    onPointerUp: stop,
    onPointerCancel: stop,
    onPointerLeave: () => onHover?.(null),
  } as const;
}
