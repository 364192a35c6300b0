'use client';

import { LazyMotion, domAnimation, m, useReducedMotion } from 'framer-motion';
import { scaleLinear } from 'd3-scale';
import { activate } from '@/lib/nn';
import { formatNumber } from '@/lib/format';
import { meterRange, type FunctionName } from './functions';

const SURFACE = 125;
const NEEDLE_X = 118;
/** Pixels the needle tip moves per unit of z: z = 0 touches the skin, z > 0 presses in. */
const DEPTH = 7;
const METER = { x: 282, top: 24, bottom: 180, width: 26 };

/**
 * The chapter's analogy drawn: a needle pressed into skin as deep as z, and a pain
 * meter reading the chosen activation of that same z over the function's own range.
 */
export function NeedleMeter({ z, alpha, fn, painLabel, label }: { z: number; alpha: number; fn: FunctionName; painLabel: string; label: string }) {
  const still = useReducedMotion() ?? false;
  const move = still ? { duration: 0 } : { type: 'spring' as const, stiffness: 260, damping: 28 };
  const value = activate(fn, z, alpha);
  const [lo, hi] = meterRange(fn, alpha);
  const meter = scaleLinear().domain([Math.min(lo, 0), hi]).range([METER.bottom, METER.top]);
  const zeroY = meter(0);
  const valueY = meter(value);
  // How loud the pain lines are: the meter's positive part, 0 to 1.
  const loud = value > 0 ? value / hi : 0;
  const dip = Math.max(0, Math.min(14, z * 3));
  const surface = `M8,${SURFACE} H${NEEDLE_X - 38} Q${NEEDLE_X},${SURFACE + 2 * dip} ${NEEDLE_X + 38},${SURFACE} H228`;
  const colour = value > 0 ? 'var(--pos)' : value < 0 ? 'var(--neg)' : 'var(--muted)';
  return (
    <LazyMotion features={domAnimation} strict>
      <svg viewBox="0 0 360 200" width="100%" role="img" aria-label={label} style={{ display: 'block' }}>
        <path d={`${surface} V196 H8 Z`} fill="var(--pos-soft)" stroke="#d9a47a" strokeWidth={2} />
        <m.g initial={false} animate={{ y: z * DEPTH }} transition={move}>
          <line x1={NEEDLE_X} x2={NEEDLE_X} y1={SURFACE - 52} y2={SURFACE} stroke="#8a8f98" strokeWidth={3} strokeLinecap="round" />
          <rect x={NEEDLE_X - 9} y={SURFACE - 78} width={18} height={28} rx={3} fill="var(--card)" stroke="var(--muted)" strokeWidth={2} />
          <line x1={NEEDLE_X - 13} x2={NEEDLE_X + 13} y1={SURFACE - 80} y2={SURFACE - 80} stroke="var(--muted)" strokeWidth={4} strokeLinecap="round" />
          {[-1, 1].flatMap((side) =>
            [-28, 0, 28].map((angle) => {
              const a = ((angle + (side < 0 ? 180 : 0)) * Math.PI) / 180;
              const [r0, r1] = [12, 14 + 16 * loud];
              return (
                <m.line
                  key={`${side}${angle}`}
                  x1={NEEDLE_X + r0 * Math.cos(a)}
                  y1={SURFACE + r0 * Math.sin(a)}
                  stroke="var(--pos)"
                  strokeWidth={2.5}
                  strokeLinecap="round"
                  initial={false}
                  animate={{ x2: NEEDLE_X + r1 * Math.cos(a), y2: SURFACE + r1 * Math.sin(a), opacity: loud }}
                  transition={move}
                />
              );
            }),
          )}
        </m.g>
        <text x={METER.x + METER.width / 2} y={METER.top - 10} textAnchor="middle" fontSize="13" fill="var(--muted)">
          {painLabel}
        </text>
        <rect x={METER.x} y={METER.top} width={METER.width} height={METER.bottom - METER.top} rx={5} fill="var(--paper)" stroke="var(--line)" strokeWidth={2} />
        <m.rect
          x={METER.x + 3}
          width={METER.width - 6}
          rx={3}
          fill={colour}
          initial={false}
          animate={{ y: Math.min(zeroY, valueY), height: Math.abs(zeroY - valueY) }}
          transition={move}
        />
        <line x1={METER.x - 4} x2={METER.x + METER.width + 4} y1={zeroY} y2={zeroY} stroke="var(--ink)" strokeWidth={1.5} />
        <text x={METER.x + METER.width + 6} y={METER.top + 5} fontSize="12" fill="var(--muted)">
          {formatNumber(hi)}
        </text>
        <text x={METER.x + METER.width + 6} y={METER.bottom} fontSize="12" fill="var(--muted)">
          {formatNumber(Math.min(lo, 0))}
        </text>
        <m.text x={METER.x - 8} textAnchor="end" fontSize="16" fontWeight="700" fill={colour} initial={false} animate={{ y: valueY + 5 }} transition={move} data-testid="meter-value">
          {formatNumber(value)}
        </m.text>
      </svg>
    </LazyMotion>
  );
}
