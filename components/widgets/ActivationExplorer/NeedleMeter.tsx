'use client';

import { LazyMotion, domAnimation, useReducedMotion } from 'framer-motion';
import { activate } from '@/lib/nn';
import { meterRange, type FunctionName } from './functions';
import { Needle } from './Needle';
import { PainMeter } from './PainMeter';

/**
 * The chapter's analogy drawn: a needle pressed into skin as deep as z, and a pain
 * meter reading the chosen activation of that same z over the function's own range.
 */
export function NeedleMeter({ z, alpha, fn, painLabel, label }: { z: number; alpha: number; fn: FunctionName; painLabel: string; label: string }) {
  const still = useReducedMotion() ?? false;
  // A tween, not a spring: a spring overshoots, and the meter's bar height must never go below 0.
  const move = still ? { duration: 0 } : { duration: 0.3, ease: 'easeOut' as const };
  const value = activate(fn, z, alpha);
  const [lo, hi] = meterRange(fn, alpha);
  return (
    <LazyMotion features={domAnimation} strict>
      <svg viewBox="0 0 280 200" width="100%" role="img" aria-label={label} style={{ display: 'block' }}>
        <Needle z={z} loud={value > 0 ? value / hi : 0} move={move} />
        <PainMeter value={value} lo={lo} hi={hi} label={painLabel} move={move} />
      </svg>
    </LazyMotion>
  );
}
