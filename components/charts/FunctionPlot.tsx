'use client';

import { useId, type ReactNode } from 'react';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { AxisBottom, AxisLeft } from './Axes';

/** One function drawn as a curve. */
export interface Curve {
  id: string;
  label: string;
  fn: (x: number) => number;
  colour: string;
  dashed?: boolean;
}

/** A dot on the plot, e.g. the current input on a curve. */
export interface Marker {
  id: string;
  x: number;
  y: number;
  colour: string;
}

/** A tangent line through (x, y) with the given slope. */
export interface Tangent {
  x: number;
  y: number;
  slope: number;
  colour: string;
}

export interface Scales {
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
}

const MARGIN = { top: 14, right: 12, bottom: 34, left: 40 };

/**
 * Curves of y = f(x) over a fixed window, with moving points and an optional tangent.
 * Curves leaving the window are clipped, never rescaled, so the axes stay still.
 */
export function FunctionPlot({
  xDomain,
  yDomain,
  curves,
  markers = [],
  tangent,
  width = 420,
  height = 260,
  xLabel,
  yLabel,
  label,
  samples = 240,
  children,
}: {
  xDomain: [number, number];
  yDomain: [number, number];
  curves: Curve[];
  markers?: Marker[];
  tangent?: Tangent;
  width?: number;
  height?: number;
  xLabel?: string;
  yLabel?: string;
  /** What the plot shows, for screen readers. */
  label: string;
  samples?: number;
  children?: (scales: Scales) => ReactNode;
}) {
  const clip = useId();
  const x = scaleLinear().domain(xDomain).range([MARGIN.left, width - MARGIN.right]);
  const y = scaleLinear().domain(yDomain).range([height - MARGIN.bottom, MARGIN.top]);
  const path = line<number>()
    .defined((v) => Number.isFinite(v))
    .x((_, i) => x(xDomain[0] + ((xDomain[1] - xDomain[0]) * i) / (samples - 1)))
    .y((v) => y(Math.max(yDomain[0] - 10, Math.min(yDomain[1] + 10, v))));
  const xs = Array.from({ length: samples }, (_, i) => xDomain[0] + ((xDomain[1] - xDomain[0]) * i) / (samples - 1));
  const [left, right] = [MARGIN.left, width - MARGIN.right];
  return (
    <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-label={label} style={{ display: 'block' }}>
      <defs>
        <clipPath id={clip}>
          <rect x={left} y={MARGIN.top} width={right - left} height={height - MARGIN.top - MARGIN.bottom} />
        </clipPath>
      </defs>
      <AxisLeft scale={y} x={left} width={right - left} label={yLabel} />
      <AxisBottom scale={x} y={y(Math.max(yDomain[0], Math.min(yDomain[1], 0)))} label={xLabel} />
      <g clipPath={`url(#${clip})`}>
        {curves.map((curve) => (
          <path
            key={curve.id}
            d={path(xs.map(curve.fn)) ?? ''}
            fill="none"
            stroke={curve.colour}
            strokeWidth={2.5}
            strokeDasharray={curve.dashed ? '6 4' : undefined}
            data-curve={curve.id}
          />
        ))}
        {tangent ? (
          <line
            x1={x(xDomain[0])}
            y1={y(tangent.y + tangent.slope * (xDomain[0] - tangent.x))}
            x2={x(xDomain[1])}
            y2={y(tangent.y + tangent.slope * (xDomain[1] - tangent.x))}
            stroke={tangent.colour}
            strokeWidth={1.5}
            strokeDasharray="4 3"
          />
        ) : null}
        {children?.({ x, y })}
        {markers.map((marker) =>
          Number.isFinite(marker.y) ? (
            <circle key={marker.id} cx={x(marker.x)} cy={y(marker.y)} r={5.5} fill={marker.colour} stroke="var(--card)" strokeWidth={2} />
          ) : null,
        )}
      </g>
    </svg>
  );
}
