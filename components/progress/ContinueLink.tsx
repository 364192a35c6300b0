'use client';

import { IntentLink } from '@/components/chrome/IntentLink';
import type { Locale } from '@/lib/i18n';
import { useProgress } from './useProgress';
import { progressWords } from './words';
import styles from './progress.module.css';

/** Opens the last section the reader was in, in that language; nothing on a first visit. */
export function ContinueLink({ lang, slugs }: { lang: Locale; slugs: string[] }) {
  const last = useProgress().progress.last;
  if (!last || !slugs.includes(last.slug)) return null;
  const href = `/${lang}/${last.slug}${last.section ? `#${last.section}` : ''}`;
  return (
    <IntentLink className={styles.continue} href={href} data-testid={`continue-${lang}`}>
      {progressWords[lang].continue} →
    </IntentLink>
  );
}
