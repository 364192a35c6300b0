'use client';

import { LazyMotion, domAnimation, m, useReducedMotion } from 'framer-motion';
import { NetworkIcon } from './NetworkIcon';
import styles from './Conveyor.module.css';

/** Trays on the strip; the window shows the right half (SHOWN trays), the left half repeats it. */
const SHOWN = 4;
const PITCH = 58;
const TRAY = { w: 50, h: 40 };
/** One tray's share of the strip, as framer-motion's percentage of the strip's width. */
const ONE = 100 / (2 * SHOWN);

/** Columns of dots in a tray, so even 50 examples fit in one. */
const columnsFor = (batch: number) => (batch <= 5 ? batch : batch <= 25 ? 5 : 10);

/**
 * Examples travel in trays of `batch` toward the network; each tray is one step. After a
 * "one step" press the belt moves by exactly one tray (framer-motion); while playing it runs
 * on as a CSS animation, on the compositor, so it costs the page nothing per frame (the real
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
  const running = playing && !still;
  const cols = columnsFor(batch);
  const rows = Math.ceil(batch / cols);
  const gap = Math.min((TRAY.w - 8) / cols, (TRAY.h - 8) / rows);
  const r = Math.min(4, gap * 0.38);
  const n = labels.length;

  // tray k from the right is the k-th next batch; while running the two halves repeat (a seamless loop)
  const trays = Array.from({ length: 2 * SHOWN }, (_, slot) => {
    const k = 2 * SHOWN - 1 - slot;
    const index = running ? k % SHOWN : step - k;
    return (
      <g key={slot} transform={`translate(${slot * PITCH + 4} 5)`}>
        <rect width={TRAY.w} height={TRAY.h} rx={5} fill="var(--paper-deep)" stroke="var(--line)" />
        {Array.from({ length: batch }, (_, j) => {
          const label = labels[(((index * batch + j) % n) + n) % n] ?? 0;
          const cx = 4 + gap * ((j % cols) + 0.5) + (TRAY.w - 8 - gap * cols) / 2;
          const cy = 4 + gap * (Math.floor(j / cols) + 0.5) + (TRAY.h - 8 - gap * rows) / 2;
          return <circle key={j} cx={cx} cy={cy} r={r} fill={label === 1 ? 'var(--pos)' : 'var(--neg)'} />;
        })}
      </g>
    );
  });
  const strip = (
    <svg viewBox={`0 0 ${2 * SHOWN * PITCH} 50`} width="100%" aria-hidden="true">
      {trays}
    </svg>
  );

  return (
    <LazyMotion features={domAnimation} strict>
      <div className={styles.conveyor} role="img" aria-label={caption}>
        <p className={styles.caption} aria-hidden="true">
          <span>{caption}</span>
          <span>{network}</span>
        </p>
        <div className={styles.row}>
          <div className={styles.window}>
            {running ? (
              <div className={`${styles.strip} ${styles.running}`}>{strip}</div>
            ) : (
              <m.div
                key={step}
                className={styles.strip}
                initial={{ x: `${-50 - (step > 0 && !still ? ONE : 0)}%` }}
                animate={{ x: '-50%' }}
                transition={{ duration: 0.45, ease: 'easeOut' }}
              >
                {strip}
              </m.div>
            )}
            <div className={styles.belt} />
          </div>
          <NetworkIcon />
        </div>
      </div>
    </LazyMotion>
  );
}
