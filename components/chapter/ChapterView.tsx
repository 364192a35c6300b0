import { IntentLink } from '@/components/chrome/IntentLink';
import type { CompiledChapter } from '@/lib/content/compile';
import { neighbours } from '@/lib/content/chapters';
import { t, type Locale } from '@/lib/i18n';
import { MdxContent } from '@/components/mdx/MdxContent';
import { TopBar } from '@/components/chrome/TopBar';
import { ChapterTracker } from '@/components/progress/ChapterTracker';
import { ProgressNote } from '@/components/progress/ProgressNote';
import { ReadAloud } from '@/components/readaloud/ReadAloud';
import { Toc } from './Toc';
import styles from './ChapterView.module.css';

/** A chapter page: title, contents, the story, and the way on. */
export function ChapterView({ chapter, lang }: { chapter: CompiledChapter; lang: Locale }) {
  const { meta, code, toc } = chapter;
  const { previous, next } = neighbours(lang, meta.slug);
  return (
    <>
      <TopBar lang={lang} slugPath={`/${meta.slug}`} />
      <div className={styles.layout}>
        <aside className={styles.side}>
          <Toc toc={toc} lang={lang} />
        </aside>
        <main id="main" className={styles.main}>
          <ProgressNote lang={lang} />
          <ChapterTracker lang={lang} slug={meta.slug} />
          <header className={styles.header}>
            <p className={styles.kicker}>{t(lang, 'chapter', { n: meta.order })}</p>
            <h1 className={styles.title}>{meta.title}</h1>
            <p className={styles.summary}>{meta.summary}</p>
            {/* the slides are a teacher's path: fetching their code for every reader costs ~19 KB */}
            <IntentLink href={`/${lang}/${meta.slug}/present`} className={styles.present} data-testid="present-link">
              {t(lang, 'present')}
            </IntentLink>
          </header>
          <ReadAloud lang={lang} />
          <article className="prose" data-chapter={meta.slug}>
            <MdxContent code={code} lang={lang} chapter={meta.slug} />
          </article>
          <nav className={styles.pager} data-chapter-end="" aria-label={`${t(lang, 'previous')} / ${t(lang, 'next')}`}>
            {previous ? (
              <IntentLink href={`/${lang}/${previous.slug}`} rel="prev" className={styles.prev}>
                <span>← {t(lang, 'previous')}</span>
                <strong>{previous.title}</strong>
              </IntentLink>
            ) : (
              <IntentLink href="/" className={styles.prev}>
                <span>← {t(lang, 'cover')}</span>
                <strong>{t(lang, 'bookTitle')}</strong>
              </IntentLink>
            )}
            {next ? (
              <IntentLink href={`/${lang}/${next.slug}`} rel="next" className={styles.next}>
                <span>{t(lang, 'next')} →</span>
                <strong>{next.title}</strong>
              </IntentLink>
            ) : null}
          </nav>
          <p className={styles.glossaryLink}>
            <IntentLink href={`/${lang}/glossary`}>{t(lang, 'glossary')} →</IntentLink>
          </p>
        </main>
      </div>
    </>
  );
}
