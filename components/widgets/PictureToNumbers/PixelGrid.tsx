'use client';

import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { greyCss } from './grey';
import styles from './PictureToNumbers.module.css';

const MOVES: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/**
 * The picture as side × side cells, each filled with its own grey. One focusable surface:
 * arrow keys move a cursor, Space/Enter paints the cursor's pixel; a pressed pointer
 * paints every cell it crosses; hovering only points at a cell (to read its number).
 */
export function PixelGrid({
  values,
  side,
  cursor,
  hover,
  label,
  describedBy,
  onCursor,
  onHover,
  onPaint,
}: {
  values: readonly number[];
  side: number;
  cursor: number;
  hover: number | null;
  label: string;
  describedBy: string;
  onCursor: (index: number) => void;
  onHover: (index: number | null) => void;
  onPaint: (index: number) => void;
}) {
  const painting = useRef(false);

  const cellAt = (event: PointerEvent<Element>): number | null => {
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
      onCursor(row * side + col);
    } else if (event.key === ' ' || event.key === 'Enter') {
      event.preventDefault();
      onPaint(cursor);
    }
  };

  return (
    <div
      className={styles.grid}
      tabIndex={0}
      role="application"
      aria-label={label}
      aria-describedby={describedBy}
      onKeyDown={onKeyDown}
      data-testid="pixel-grid"
      onPointerDown={(event) => {
        const cell = cellAt(event);
        if (cell === null) return;
        painting.current = true;
        event.currentTarget.setPointerCapture(event.pointerId);
        onPaint(cell);
      }}
      onPointerMove={(event) => {
        const cell = cellAt(event);
        onHover(cell);
        if (painting.current && cell !== null) onPaint(cell);
      }}
      onPointerUp={() => (painting.current = false)}
      onPointerCancel={() => (painting.current = false)}
      onPointerLeave={() => onHover(null)}
    >
      <svg viewBox={`0 0 ${side} ${side}`} width="100%" aria-hidden="true" shapeRendering="crispEdges">
        {values.map((v, k) => (
          <rect key={k} x={k % side} y={Math.floor(k / side)} width={1} height={1} fill={greyCss(v)} stroke="var(--card)" strokeWidth={0.04} />
        ))}
        {hover !== null && hover !== cursor ? <Outline index={hover} side={side} colour="var(--muted)" /> : null}
        <Outline index={cursor} side={side} colour="var(--focus)" />
      </svg>
    </div>
  );
}

/** A square around one cell, drawn inside it so the edge cells keep their whole outline. */
function Outline({ index, side, colour }: { index: number; side: number; colour: string }) {
  return (
    <rect
      x={(index % side) + 0.08}
      y={Math.floor(index / side) + 0.08}
      width={0.84}
      height={0.84}
      fill="none"
      stroke={colour}
      strokeWidth={0.16}
      shapeRendering="geometricPrecision"
    />
  );
}
