'use client';

import { LazyMotion, domAnimation, m, useReducedMotion } from 'framer-motion';
import { scaleLinear } from 'd3-scale';
import { formatNumber } from '@/lib/format';
import { AxisBottom } from '@/components/charts/Axes';
import type { Breakdown } from './breakdown';

const WIDTH = 360;
const ROW = 36;
const TOP = 6;
const BAR_LEFT = 132;
const BAR_RIGHT = 348;
const HEIGHT = TOP + 5 * ROW + 26;
/** Half-widths the axis may take; the smallest that holds every running total is used. */
const REACH = [1, 2, 4, 8];

const signColour = (v: number) => (v > 0 ? 'var(--pos)' : v < 0 ? 'var(--neg)' : 'var(--muted)');
const SUBSCRIPT = ['₁', '₂', '₃'];

/**
 * A waterfall: each term w·a is a bar that starts where the running total stands and
 * ends where it leaves it; the bias is added last; the bottom bar is the whole of z.
 * On a change the bars move one after another, so the total visibly builds up.
 */
export function TermBars({ parts, bias, label }: { parts: Breakdown; bias: number; label: string }) {
  const still = useReducedMotion() ?? false;
  const { terms, partials, z } = parts;
  const widest = Math.max(...partials.map(Math.abs), Math.abs(z));
  const reach = REACH.find((r) => widest <= r) ?? REACH[REACH.length - 1]!;
  const x = scaleLinear().domain([-reach, reach]).range([BAR_LEFT, BAR_RIGHT]).clamp(true);
  const rows = [
    ...terms.map((t, i) => ({ name: `w${SUBSCRIPT[i]}a${SUBSCRIPT[i]}`, from: partials[i]!, to: partials[i + 1]!, value: t })),
    { name: 'b', from: partials[terms.length]!, to: z, value: bias },
    { name: 'z', from: 0, to: z, value: z },
  ];
  const move = (row: number) => (still ? { duration: 0 } : { duration: 0.35, delay: row * 0.09, ease: 'easeOut' as const });
  return (
    <LazyMotion features={domAnimation} strict>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-label={label} style={{ display: 'block' }}>
        <line x1={x(0)} x2={x(0)} y1={TOP} y2={TOP + 5 * ROW} stroke="var(--muted)" strokeWidth={1.5} />
        {rows.map((row, i) => {
          const y = TOP + i * ROW;
          const total = row.name === 'z';
          const left = x(Math.min(row.from, row.to));
          const width = Math.abs(x(row.to) - x(row.from));
          return (
            <g key={row.name}>
              {total ? <line x1={4} x2={WIDTH - 4} y1={y - 2} y2={y - 2} stroke="var(--line)" /> : null}
              <text x={6} y={y + ROW / 2 + 5} fontSize="18" fontStyle="italic" fill="var(--ink)" fontFamily="'KaTeX_Math', 'Times New Roman', serif">
                {row.name}
              </text>
              <text x={BAR_LEFT - 10} y={y + ROW / 2 + 5} fontSize={total ? 18 : 16} fontWeight={700} textAnchor="end" fill={signColour(row.value)} data-testid={`bar-${i}`}>
                {formatNumber(row.value)}
              </text>
              <m.rect
                y={y + 6}
                height={ROW - 12}
                rx={3}
                fill={signColour(row.value)}
                fillOpacity={total ? 1 : 0.8}
                initial={false}
                animate={{ x: left, width }}
                transition={move(i)}
              />
              {i < rows.length - 2 ? (
                <m.line
                  y1={y + ROW - 6}
                  y2={y + ROW + 6}
                  stroke="var(--muted)"
                  strokeDasharray="2 2"
                  initial={false}
                  animate={{ x1: x(row.to), x2: x(row.to) }}
                  transition={move(i)}
                />
              ) : null}
            </g>
          );
        })}
        <AxisBottom scale={x} y={TOP + 5 * ROW + 2} ticks={4} />
      </svg>
    </LazyMotion>
  );
}
