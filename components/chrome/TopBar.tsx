import Link from 'next/link';
import { t, type Locale } from '@/lib/i18n';
import { ThemeToggle } from '@/components/ThemeToggle';
import { NeuronAvatar } from '@/components/story/NeuronAvatar';
import { LanguageSwitch } from './LanguageSwitch';
import styles from './TopBar.module.css';

/** The bar above every page: back to the cover, the other language, the theme. */
export function TopBar({ lang, slugPath }: { lang: Locale; slugPath?: string }) {
  return (
    <header className={styles.bar}>
      <Link href="/" className={styles.home} aria-label={`${t(lang, 'bookTitle')} — ${t(lang, 'cover')}`}>
        <NeuronAvatar size={30} />
        <span>{t(lang, 'bookTitle')}</span>
      </Link>
      <div className={styles.tools}>
        {slugPath !== undefined ? <LanguageSwitch lang={lang} path={slugPath} /> : null}
        <ThemeToggle lang={lang} />
      </div>
    </header>
  );
}
