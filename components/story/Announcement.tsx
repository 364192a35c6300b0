'use client';

import type { ReactNode } from 'react';
import { LazyMotion, domAnimation, m, useReducedMotion } from 'framer-motion';
import styles from './Announcement.module.css';

/** A loudspeaker announcement (广播) from the office ceiling, at a turning point of the story. */
export function Announcement({ label, children }: { label: string; children: ReactNode }) {
  const still = useReducedMotion() ?? false;
  return (
    <LazyMotion features={domAnimation} strict>
      <m.aside
        className={styles.announcement}
        aria-label={label}
        initial={still ? false : { opacity: 0, y: 12 }}
        whileInView={{ opacity: 1, y: 0 }}
        viewport={{ once: true, amount: 0.6 }}
        transition={{ duration: 0.45, ease: 'easeOut' }}
      >
        <div className={styles.speaker} aria-hidden="true">
          <svg viewBox="0 0 48 48" width="44" height="44">
            <path d="M8 19h8l12-9v28l-12-9H8z" fill="var(--accent)" />
            {[0, 1, 2].map((i) => (
              <m.path
                key={i}
                d={`M${33 + i * 4} ${17 - i * 3} q${5 + i * 2} ${7 + i * 3} 0 ${14 + i * 6}`}
                stroke="var(--accent)"
                strokeWidth="2.5"
                fill="none"
                strokeLinecap="round"
                initial={still ? false : { opacity: 0 }}
                whileInView={still ? undefined : { opacity: [0, 1, 0.35] }}
                viewport={{ once: true }}
                transition={{ delay: 0.25 + i * 0.18, duration: 0.9, repeat: 2, repeatType: 'loop' }}
              />
            ))}
          </svg>
        </div>
        <div className={styles.body}>
          <p className={styles.label}>{label}</p>
          {children}
        </div>
      </m.aside>
    </LazyMotion>
  );
}
