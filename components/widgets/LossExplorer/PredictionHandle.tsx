'use client';

import type { KeyboardEvent, PointerEvent } from 'react';
import { formatNumber } from '@/lib/format';
import { P_MAX, P_MIN, P_STEP, snapPrediction } from './examples';
import styles from './LossExplorer.module.css';

/** Keys a slider answers to, and how far each moves the value. */
const KEY_MOVES: Record<string, number> = {
  ArrowUp: P_STEP, ArrowRight: P_STEP, ArrowDown: -P_STEP, ArrowLeft: -P_STEP, PageUp: 10 * P_STEP, PageDown: -10 * P_STEP,
};

/**
 * One example's column: the whole column is the drag target (easy on a phone), the dot
 * is a focusable slider that arrow keys move. `toValue` maps a pointer's clientY to ŷ.
 */
export function PredictionHandle({
  x, top, bottom, width, value, colour, label, onChange, toValue, labelLeft = false,
}: {
  x: number;
  /** put the value on the dot's left (the last column has no room on the right) */
  labelLeft?: boolean;
  top: number;
  bottom: number;
  width: number;
  value: number;
  colour: string;
  label: string;
  onChange: (value: number) => void;
  toValue: (clientY: number) => number;
}) {
  const cy = bottom - (bottom - top) * value;
  const drag = (event: PointerEvent<SVGGElement>) => onChange(snapPrediction(toValue(event.clientY)));
  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    const move = KEY_MOVES[event.key];
    const next = move !== undefined ? value + move : event.key === 'Home' ? P_MIN : event.key === 'End' ? P_MAX : null;
    if (next === null) return;
    event.preventDefault();
    onChange(snapPrediction(next));
  };
  return (
    <g
      className={styles.handle}
      tabIndex={0}
      role="slider"
      aria-label={label}
      aria-orientation="vertical"
      aria-valuemin={P_MIN}
      aria-valuemax={P_MAX}
      aria-valuenow={value}
      aria-valuetext={formatNumber(value)}
      onKeyDown={onKeyDown}
      onPointerDown={(event) => {
        event.currentTarget.setPointerCapture(event.pointerId);
        drag(event);
      }}
      onPointerMove={(event) => {
        if (event.currentTarget.hasPointerCapture(event.pointerId)) drag(event);
      }}
    >
      <rect x={x - width / 2} y={top - 14} width={width} height={bottom - top + 28} fill="transparent" />
      <circle className={styles.focusRing} cx={x} cy={cy} r={16} />
      <circle cx={x} cy={cy} r={10} fill={colour} stroke="var(--card)" strokeWidth={2.5} />
      <text x={labelLeft ? x - 15 : x + 15} y={cy + 4} textAnchor={labelLeft ? 'end' : 'start'} fontSize="12" fill="var(--ink)" className={styles.handleText}>
        {formatNumber(value)}
      </text>
    </g>
  );
}
