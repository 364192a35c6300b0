import type { ScaleLinear } from 'd3-scale';
import { formatNumber } from '@/lib/format';

/** A horizontal axis with ticks, drawn at `y`. */
export function AxisBottom({ scale, y, ticks = 5, label }: { scale: ScaleLinear<number, number>; y: number; ticks?: number; label?: string }) {
  const [x0, x1] = scale.range() as [number, number];
  return (
    <g className="axis" fontSize="11" fill="var(--muted)">
      <line x1={x0} x2={x1} y1={y} y2={y} stroke="var(--line)" />
      {scale.ticks(ticks).map((tick) => (
        <g key={tick} transform={`translate(${scale(tick)},${y})`}>
          <line y2={4} stroke="var(--line)" />
          <text y={15} textAnchor="middle">
            {formatTick(tick)}
          </text>
        </g>
      ))}
      {label ? (
        <text x={x1} y={y + 28} textAnchor="end" fontStyle="italic">
          {label}
        </text>
      ) : null}
    </g>
  );
}

/** A vertical axis with ticks and light grid lines across to `width`. */
export function AxisLeft({ scale, x, width, ticks = 4, label }: { scale: ScaleLinear<number, number>; x: number; width: number; ticks?: number; label?: string }) {
  const [y0, y1] = scale.range() as [number, number];
  return (
    <g className="axis" fontSize="11" fill="var(--muted)">
      <line x1={x} x2={x} y1={y0} y2={y1} stroke="var(--line)" />
      {scale.ticks(ticks).map((tick) => (
        <g key={tick} transform={`translate(${x},${scale(tick)})`}>
          <line x2={width} stroke="var(--line)" strokeOpacity={0.5} />
          <text x={-6} dy="0.32em" textAnchor="end">
            {formatTick(tick)}
          </text>
        </g>
      ))}
      {label ? (
        <text x={x + 4} y={Math.min(y0, y1) - 6} fontStyle="italic">
          {label}
        </text>
      ) : null}
    </g>
  );
}

function formatTick(value: number): string {
  const abs = Math.abs(value);
  if (abs !== 0 && (abs >= 1e4 || abs < 1e-3)) return value.toExponential(0).replace('-', '−');
  return formatNumber(value, abs >= 10 || Number.isInteger(value) ? 0 : abs >= 1 ? 1 : 2);
}
