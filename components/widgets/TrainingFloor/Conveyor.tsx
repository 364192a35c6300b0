'use client';

import { useId, useState } from 'react';
import { LazyMotion, domAnimation, m, useReducedMotion } from 'framer-motion';
import { NetworkIcon } from './NetworkIcon';
import styles from './TrainingFloor.module.css';

const W = 364;
const H = 92;
const PITCH = 58;
const TRAY = { w: 50, h: 40, y: 30 };
/** Where the belt disappears into the network. */
const MOUTH = 292;
const TRAYS = 6;

/** Columns of dots in a tray, so even 50 examples fit in one. */
const columnsFor = (batch: number) => (batch <= 5 ? batch : batch <= 25 ? 5 : 10);

/**
 * Examples travel in trays of `batch` toward the network; each tray is one step. After a
 * "one step" press the belt moves by exactly one tray; while playing it runs on (the real
 * pace, hundreds of steps a second, is in the counters). Still under reduced motion.
 * `labels` are training labels: the dots show what a tray holds, not the trainer's exact order.
 */
export function Conveyor({ step, playing, batch, labels, caption, network }: {
  step: number;
  playing: boolean;
  batch: number;
  labels: ArrayLike<number>;
  caption: string;
  network: string;
}) {
  const still = useReducedMotion() ?? false;
  const [delivered, setDelivered] = useState(0);
  const clip = `belt${useId().replace(/[^\w-]/g, '')}`;
  const moving = playing && !still;
  const first = moving ? delivered : step;
  const cols = columnsFor(batch);
  const rows = Math.ceil(batch / cols);
  const gap = Math.min((TRAY.w - 8) / cols, (TRAY.h - 8) / rows);
  const r = Math.min(4, gap * 0.38);

  const trays = Array.from({ length: TRAYS }, (_, k) => {
    const index = first - k; // the rightmost tray is the next one in
    const x = MOUTH - TRAY.w - 4 - k * PITCH;
    return (
      <g key={index} transform={`translate(${x} ${TRAY.y})`}>
        <rect width={TRAY.w} height={TRAY.h} rx={5} fill="var(--paper-deep)" stroke="var(--line)" />
        {Array.from({ length: batch }, (_, j) => {
          const label = labels[(((index * batch + j) % labels.length) + labels.length) % labels.length] ?? 0;
          const cx = 4 + gap * ((j % cols) + 0.5) + (TRAY.w - 8 - gap * cols) / 2;
          const cy = 4 + gap * (Math.floor(j / cols) + 0.5) + (TRAY.h - 8 - gap * rows) / 2;
          return <circle key={j} cx={cx} cy={cy} r={r} fill={label === 1 ? 'var(--pos)' : 'var(--neg)'} />;
        })}
      </g>
    );
  });

  // a new key restarts the slide: one tray per step press, one after another while playing
  const key = still ? 'still' : moving ? `play-${delivered}` : `step-${step}`;
  const motion = still
    ? { initial: false as const }
    : moving
      ? {
          initial: { x: -PITCH },
          animate: { x: 0 },
          transition: { duration: 0.22, ease: 'linear' as const },
          onAnimationComplete: () => setDelivered((d) => d + 1),
        }
      : { initial: { x: step > 0 ? -PITCH : 0 }, animate: { x: 0 }, transition: { duration: 0.45, ease: 'easeOut' as const } };

  return (
    <LazyMotion features={domAnimation} strict>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" className={styles.conveyor} role="img" aria-label={caption}>
        <defs>
          <clipPath id={clip}>
            <rect x={0} y={0} width={MOUTH} height={H} />
          </clipPath>
        </defs>
        <text x={4} y={17} fontSize="14" fill="var(--muted)">{caption}</text>
        <rect x={0} y={TRAY.y + TRAY.h + 2} width={MOUTH} height={8} rx={4} fill="var(--line)" />
        <g clipPath={`url(#${clip})`}>
          <m.g key={key} {...motion}>
            {trays}
          </m.g>
        </g>
        <NetworkIcon x={MOUTH + 6} label={network} />
      </svg>
    </LazyMotion>
  );
}
