'use client';

import { otherLocale, t, type Locale } from '@/lib/i18n';
import styles from './LanguageSwitch.module.css';

/** The section the reader is in: the last heading that has scrolled past the top bar. */
function currentSection(): string | null {
  const headings = document.querySelectorAll<HTMLElement>('main h2[id], main h3[id]');
  let current: string | null = null;
  for (const heading of headings) {
    if (heading.getBoundingClientRect().top < 140) current = heading.id;
  }
  return current;
}

/** Opens the same chapter in the other language, at the same section (ids match across languages). */
export function LanguageSwitch({ lang, path }: { lang: Locale; path: string }) {
  const other = otherLocale(lang);
  const href = `/${other}${path}`;
  return (
    <a
      className={styles.switch}
      href={href}
      hrefLang={other === 'zh' ? 'zh-CN' : 'en'}
      lang={other === 'zh' ? 'zh-CN' : 'en'}
      aria-label={t(lang, 'switchLanguageLabel')}
      data-testid="language-switch"
      onClick={(event) => {
        // The playground keeps its whole setup in the fragment; chapters keep the section.
        if (path === '/playground') {
          event.currentTarget.href = `${href}${location.hash}`;
          return;
        }
        const section = currentSection();
        if (section) event.currentTarget.href = `${href}#${section}`;
      }}
    >
      {t(lang, 'switchLanguage')}
    </a>
  );
}
