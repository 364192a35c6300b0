import type { ReactNode } from 'react';
import styles from './Announcement.module.css';

/**
 * A loudspeaker announcement (广播) from the office ceiling, at a turning point of the story.
 * Drawn on the server with no script: it rises into view with the scroll (CSS scroll-driven
 * animation, where the browser has it), and its sound waves pulse when a story scene reaches
 * it as a step, the moment the announcement really changes the widget. Still under reduced motion.
 */
export function Announcement({ label, children }: { label: string; children: ReactNode }) {
  return (
    <aside className={styles.announcement} aria-label={label}>
      <div className={styles.speaker} aria-hidden="true">
        <svg viewBox="0 0 48 48" width="44" height="44">
          <path d="M8 19h8l12-9v28l-12-9H8z" fill="var(--accent)" />
          {[0, 1, 2].map((i) => (
            <path
              key={i}
              className={styles.wave}
              d={`M${33 + i * 4} ${17 - i * 3} q${5 + i * 2} ${7 + i * 3} 0 ${14 + i * 6}`}
              stroke="var(--accent)"
              strokeWidth="2.5"
              fill="none"
              strokeLinecap="round"
            />
          ))}
        </svg>
      </div>
      <div className={styles.body}>
        <p className={styles.label}>{label}</p>
        {children}
      </div>
    </aside>
  );
}
