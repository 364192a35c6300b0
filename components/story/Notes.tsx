import type { ReactNode } from 'react';
import { t, type Locale } from '@/lib/i18n';

/**
 * Speaker notes for the presentation view. Kept in the page (so the slides are
 * made from the same HTML) but hidden while reading.
 */
export function Notes({ lang, children }: { lang: Locale; children: ReactNode }) {
  return (
    <aside className="speaker-notes" data-notes="" hidden aria-label={t(lang, 'notes')}>
      {children}
    </aside>
  );
}
