'use client';

import { useEffect, useSyncExternalStore } from 'react';
import { IntentLink } from '@/components/chrome/IntentLink';
import { isLocale, locales, t, htmlLang, type Locale } from '@/lib/i18n';
import { DabaiAvatar } from '@/components/story/DabaiAvatar';
import styles from './NotFoundView.module.css';

const noChange = () => () => {};

const texts = {
  notFound: { title: 'notFoundTitle', body: 'notFoundBody' },
  offline: { title: 'offlineTitle', body: 'offlineBody' },
} as const;

/**
 * The 404 page, and the page the service worker shows offline for a page it does not keep. The
 * address says which language the reader was in (`/zh/...` or `/en/...`); that language comes
 * first, the other follows.
 */
export function NotFoundView({ kind = 'notFound' }: { kind?: keyof typeof texts }) {
  // The page is prerendered once for every address, so the language is read after hydration.
  const first = useSyncExternalStore(noChange, () => location.pathname.split('/')[1] ?? '', () => '');
  const ordered: Locale[] = isLocale(first) ? [first, ...locales.filter((l) => l !== first)] : [...locales];
  const primary = ordered[0]!;
  useEffect(() => {
    document.documentElement.lang = htmlLang[primary];
  }, [primary]);
  return (
    <main id="main" className={styles.page} data-testid={kind === 'offline' ? 'offline' : 'not-found'}>
      <DabaiAvatar size={96} />
      {ordered.map((lang, i) => (
        <section key={lang} lang={htmlLang[lang]} className={i === 0 ? styles.primary : styles.secondary}>
          {i === 0 ? <h1>{t(lang, texts[kind].title)}</h1> : <h2>{t(lang, texts[kind].title)}</h2>}
          <p>{t(lang, texts[kind].body)}</p>
          <p>
            <IntentLink href="/">{t(lang, 'backToCover')}</IntentLink>
          </p>
        </section>
      ))}
    </main>
  );
}
