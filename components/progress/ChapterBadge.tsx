'use client';

import type { Locale } from '@/lib/i18n';
import { useProgress } from './useProgress';
import { progressWords } from './words';
import styles from './progress.module.css';

/** "Read" or "Started" beside a chapter in a list, from the stored progress. */
export function ChapterBadge({ slug, lang }: { slug: string; lang: Locale }) {
  const record = useProgress().progress.chapters[slug];
  if (!record || (!record.read && record.seen.length === 0)) return null;
  const state = record.read ? 'read' : 'started';
  return (
    <span className={styles.badge} data-state={state} data-testid={`badge-${slug}`}>
      {record.read ? `✓ ${progressWords[lang].read}` : progressWords[lang].started}
    </span>
  );
}
