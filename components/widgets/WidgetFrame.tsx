import type { ReactNode } from 'react';
import styles from './WidgetFrame.module.css';

/** The card every live widget sits in: a title, the widget, and a spoken summary. */
export function WidgetFrame({
  title,
  summary,
  children,
  name,
}: {
  title: string;
  /** What the widget currently shows, in words; read politely by screen readers. */
  summary: string;
  children: ReactNode;
  name: string;
}) {
  return (
    <section className={styles.frame} aria-label={title} data-widget={name}>
      <h3 className={styles.title}>{title}</h3>
      {children}
      <p className="visually-hidden" aria-live="polite" data-testid="widget-summary">
        {summary}
      </p>
    </section>
  );
}
