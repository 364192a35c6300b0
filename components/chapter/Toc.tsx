import type { TocEntry } from '@/lib/content/headings';
import { t, type Locale } from '@/lib/i18n';
import styles from './Toc.module.css';

/** The chapter's sections: a sidebar on wide screens, a folded list on phones. */
export function Toc({ toc, lang }: { toc: TocEntry[]; lang: Locale }) {
  const list = (
    <ol className={styles.list}>
      {toc.map((entry) => (
        <li key={entry.id} data-depth={entry.depth}>
          <a href={`#${entry.id}`}>{entry.text}</a>
        </li>
      ))}
    </ol>
  );
  return (
    <nav className={styles.toc} aria-label={t(lang, 'contents')}>
      <details className={styles.folded}>
        <summary>{t(lang, 'contents')}</summary>
        {list}
      </details>
      <div className={styles.open}>
        <p className={styles.heading}>{t(lang, 'contents')}</p>
        {list}
      </div>
    </nav>
  );
}
