'use client';

import { useId, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { scaleLinear } from 'd3-scale';
import { formatNumber } from '@/lib/format';
import type { Path } from './descend';
import { bowl } from './landscape';
import { NUDGE } from './useBowl';
import styles from './RollingDownhill.module.css';

const W = 360;
const H = 200;
const M = { top: 8, right: 8, bottom: 26, left: 28 };
const x = scaleLinear().domain(bowl.w1Domain).range([M.left, W - M.right]);
const y = scaleLinear().domain(bowl.w2Domain).range([H - M.bottom, M.top]);
/** A contour band's fill: the book's accent, deeper where the loss is higher. */
const band = (depth: number) => ({ fill: `color-mix(in srgb, var(--accent) ${Math.round(8 + depth * 40)}%, var(--card))` });
const KEYS: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] };

/**
 * The bowl seen from above: filled contour bands (deeper colour = higher loss), each
 * optimiser's path up to the current step, and the start point the reader moves.
 */
export function ContourMap({
  start, paths, steps, label, startLabel, onStart,
}: {
  start: [number, number];
  paths: { id: string; colour: string; path: Path }[];
  steps: number;
  label: string;
  startLabel: string;
  onStart: (w1: number, w2: number) => void;
}) {
  const svg = useRef<SVGSVGElement>(null);
  const clip = `rd-clip-${useId().replace(/:/g, '')}`;
  const toWeights = (event: PointerEvent) => {
    const box = svg.current?.getBoundingClientRect();
    if (!box || box.width === 0) return;
    onStart(x.invert(((event.clientX - box.left) / box.width) * W), y.invert(((event.clientY - box.top) / box.height) * H));
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const move = KEYS[event.key];
    if (!move) return;
    event.preventDefault();
    const size = event.shiftKey ? 5 * NUDGE : NUDGE;
    onStart(start[0] + move[0] * size, start[1] + move[1] * size);
  };
  const [left, right, top, bottom] = [M.left, W - M.right, M.top, H - M.bottom];
  return (
    <svg
      ref={svg} viewBox={`0 0 ${W} ${H}`} width="100%" role="group" aria-label={label} className={styles.map}
      onPointerDown={(event) => {
        event.currentTarget.setPointerCapture(event.pointerId);
        toWeights(event);
      }}
      onPointerMove={(event) => event.currentTarget.hasPointerCapture(event.pointerId) && toWeights(event)}
    >
      <defs>
        <clipPath id={clip}>
          <rect x={left} y={top} width={right - left} height={bottom - top} />
        </clipPath>
      </defs>
      <g clipPath={`url(#${clip})`}>
        <rect x={left} y={top} width={right - left} height={bottom - top} style={band(1)} />
        {bowl.levels.map((level, i) => {
          const { rx, ry } = bowl.contour(level);
          const depth = 1 - (i + 1) / (bowl.levels.length + 1);
          return (
            <ellipse key={level} cx={x(0)} cy={y(0)} rx={x(rx) - x(0)} ry={y(0) - y(ry)} style={band(depth)} stroke="var(--card)" strokeOpacity={0.7} />
          );
        })}
        <circle cx={x(0)} cy={y(0)} r={3} fill="var(--ink)" />
        {paths.map(({ id, colour, path }) => {
          const shown = path.points.slice(0, steps + 1);
          const [cx, cy] = shown[shown.length - 1]!;
          return (
            <g key={id} data-path={id}>
              <polyline points={shown.map(([a, b]) => `${x(a)},${y(b)}`).join(' ')} fill="none" stroke={colour} strokeWidth={2} strokeLinejoin="round" />
              {shown.slice(1).map(([a, b], k) => (
                <circle key={k} cx={x(a)} cy={y(b)} r={2} fill={colour} />
              ))}
              <circle cx={x(cx)} cy={y(cy)} r={5} fill={colour} stroke="var(--card)" strokeWidth={1.5} />
            </g>
          );
        })}
      </g>
      <g fontSize="11" fill="var(--muted)">
        {x.ticks(5).map((t) => (
          <text key={t} x={x(t)} y={H - 10} textAnchor="middle">{formatNumber(t, 0)}</text>
        ))}
        {y.ticks(3).map((t) => (
          <text key={t} x={left - 5} y={y(t) + 4} textAnchor="end">{formatNumber(t, 0)}</text>
        ))}
        <text x={right} y={H - 10} textAnchor="end" fontStyle="italic">w₁</text>
        <text x={left + 4} y={top + 12} fontStyle="italic">w₂</text>
      </g>
      <g
        className={styles.start}
        tabIndex={0}
        role="slider"
        aria-label={startLabel}
        aria-valuetext={startLabel}
        aria-valuenow={start[0]}
        aria-valuemin={bowl.w1Domain[0]}
        aria-valuemax={bowl.w1Domain[1]}
        onKeyDown={onKeyDown}
        data-testid="bowl-start"
      >
        <circle cx={x(start[0])} cy={y(start[1])} r={14} className={styles.startRing} />
        <circle cx={x(start[0])} cy={y(start[1])} r={8} fill="var(--card)" stroke="var(--ink)" strokeWidth={2.5} pointerEvents="none" />
      </g>
    </svg>
  );
}
