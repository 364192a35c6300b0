import { IntentLink } from '@/components/chrome/IntentLink';
import { t, type Locale } from '@/lib/i18n';
import { ThemeToggle } from '@/components/ThemeToggle';
import { NeuronAvatar } from '@/components/story/NeuronAvatar';
import { LanguageSwitch } from './LanguageSwitch';
import styles from './TopBar.module.css';

/** The bar above every page: back to the cover, the other language, the theme. */
export function TopBar({ lang, slugPath }: { lang: Locale; slugPath?: string }) {
  return (
    <header className={styles.bar}>
      <IntentLink href="/" className={styles.home} aria-label={`${t(lang, 'bookTitle')} — ${t(lang, 'cover')}`}>
        <NeuronAvatar size={30} />
        <span>{t(lang, 'bookTitle')}</span>
      </IntentLink>
      <div className={styles.tools}>
        <IntentLink href={`/${lang}/search`} className={styles.icon} aria-label={t(lang, 'search')} title={t(lang, 'search')}>
          <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
            <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" strokeWidth="2.2" />
            <path d="M15.5 15.5 21 21" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" />
          </svg>
        </IntentLink>
        {slugPath !== undefined ? <LanguageSwitch lang={lang} path={slugPath} /> : null}
        <ThemeToggle lang={lang} />
      </div>
    </header>
  );
}
