'use client';

import { usePaintGrid } from '@/components/controls/usePaintGrid';
import { greyCss } from './grey';
import styles from './PictureToNumbers.module.css';

/**
 * The picture as side × side cells, each filled with its own grey, painted by keys or pointer
 * (usePaintGrid); hovering only points at a cell (to read its number).
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
  const paint = usePaintGrid({ side, cursor, onCursor, onPaint, onHover });
  return (
    <div
      className={styles.grid}
      aria-label={label}
      aria-describedby={describedBy}
      data-testid="pixel-grid"
      {...paint}
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
