import { IntentLink } from '@/components/chrome/IntentLink';
import type { ChapterMeta } from '@/lib/content/chapters';
import { htmlLang, t, type Locale } from '@/lib/i18n';
import { NeuronAvatar } from '@/components/story/NeuronAvatar';
import { DabaiAvatar } from '@/components/story/DabaiAvatar';
import { ChapterBadge } from '@/components/progress/ChapterBadge';
import { ContinueLink } from '@/components/progress/ContinueLink';
import { ProgressNote } from '@/components/progress/ProgressNote';
import { ProgressPanel } from '@/components/progress/ProgressPanel';
import styles from './Cover.module.css';

/** The cover: the title in both languages and each language's chapter list. */
export function Cover({ index }: { index: Record<Locale, ChapterMeta[]> }) {
  const languages: Locale[] = ['zh', 'en'];
  return (
    <main id="main" className={styles.cover}>
      <div className={styles.hero}>
        <div className={styles.characters} aria-hidden="true">
          <NeuronAvatar size={92} />
          <DabaiAvatar size={120} />
        </div>
        <h1 className={styles.title}>
          <span lang="zh-CN">{t('zh', 'bookTitle')}</span>
          <span className={styles.titleEn}>{t('en', 'bookTitle')}</span>
        </h1>
        <p className={styles.tagline}>
          <span lang="zh-CN">{t('zh', 'bookSubtitle')}</span>
          <br />
          {t('en', 'bookSubtitle')}
        </p>
      </div>
      <ProgressNote lang="en" />
      <div className={styles.columns}>
        {languages.map((lang) => {
          const chapters = index[lang];
          const first = chapters[0];
          return (
            <section key={lang} lang={htmlLang[lang]} className={styles.column} aria-labelledby={`toc-${lang}`}>
              <h2 id={`toc-${lang}`} className={styles.columnTitle}>
                {lang === 'zh' ? '中文' : 'English'}
              </h2>
              {first ? (
                <IntentLink className={styles.start} href={`/${lang}/${first.slug}`} data-testid={`start-${lang}`}>
                  {t(lang, 'startReading')} →
                </IntentLink>
              ) : null}
              <ContinueLink lang={lang} slugs={chapters.map((chapter) => chapter.slug)} />
              <ol className={styles.chapters}>
                {chapters.map((chapter) => (
                  <li key={chapter.slug}>
                    <IntentLink href={`/${lang}/${chapter.slug}`}>
                      <span className={styles.number}>{chapter.order}</span>
                      <span>
                        <strong>{chapter.title}</strong>
                        <ChapterBadge slug={chapter.slug} lang={lang} />
                        <small>{chapter.summary}</small>
                      </span>
                    </IntentLink>
                  </li>
                ))}
              </ol>
              <p className={styles.glossary}>
                <IntentLink href={`/${lang}/glossary`}>{t(lang, 'glossary')} →</IntentLink>
              </p>
              <ProgressPanel lang={lang} total={chapters.length} />
            </section>
          );
        })}
      </div>
    </main>
  );
}
