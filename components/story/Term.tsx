import type { ReactNode } from 'react';
import type { Locale } from '@/lib/i18n';
import styles from './Term.module.css';

/** A glossary term in the prose: links to its entry in the glossary. */
export function Term({ id, lang, children }: { id: string; lang: Locale; children: ReactNode }) {
  return (
    <a className={styles.term} href={`/${lang}/glossary#${id}`} data-term={id}>
      {children}
    </a>
  );
}
