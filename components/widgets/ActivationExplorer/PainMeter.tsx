import { m, type Transition } from 'framer-motion';
import { scaleLinear } from 'd3-scale';
import { formatNumber } from '@/lib/format';

const METER = { x: 204, top: 26, bottom: 184, width: 30 };

/**
 * A bar gauge from the function's lowest to highest value over the slider's range,
 * filled from 0 to `value`: orange above zero, blue below. Drawn inside the parent's svg.
 */
export function PainMeter({ value, lo, hi, label, move }: { value: number; lo: number; hi: number; label: string; move: Transition }) {
  const meter = scaleLinear().domain([Math.min(lo, 0), hi]).range([METER.bottom, METER.top]);
  const zeroY = meter(0);
  const valueY = meter(value);
  const colour = value > 0 ? 'var(--pos)' : value < 0 ? 'var(--neg)' : 'var(--muted)';
  return (
    <g>
      <text x={METER.x + METER.width / 2} y={METER.top - 10} textAnchor="middle" fontSize="14" fill="var(--muted)">
        {label}
      </text>
      <rect x={METER.x} y={METER.top} width={METER.width} height={METER.bottom - METER.top} rx={6} fill="var(--paper)" stroke="var(--line)" strokeWidth={2} />
      <m.rect
        x={METER.x + 4}
        width={METER.width - 8}
        rx={3}
        fill={colour}
        initial={false}
        animate={{ y: Math.min(zeroY, valueY), height: Math.abs(zeroY - valueY) }}
        transition={move}
      />
      <line x1={METER.x - 4} x2={METER.x + METER.width + 4} y1={zeroY} y2={zeroY} stroke="var(--ink)" strokeWidth={1.5} />
      <text x={METER.x + METER.width + 5} y={METER.top + 5} fontSize="12" fill="var(--muted)">
        {formatNumber(hi)}
      </text>
      <text x={METER.x + METER.width + 5} y={METER.bottom} fontSize="12" fill="var(--muted)">
        {formatNumber(Math.min(lo, 0))}
      </text>
      <m.text x={METER.x - 7} textAnchor="end" fontSize="17" fontWeight="700" fill={colour} initial={false} animate={{ y: valueY + 6 }} transition={move} data-testid="meter-value">
        {formatNumber(value)}
      </m.text>
    </g>
  );
}
