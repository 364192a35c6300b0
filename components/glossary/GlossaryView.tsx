import { IntentLink } from '@/components/chrome/IntentLink';
import { glossary } from '@/lib/glossary/terms';
import type { FirstUse } from '@/lib/content/firstUses';
import { htmlLang, otherLocale, t, type Locale } from '@/lib/i18n';
import { TopBar } from '@/components/chrome/TopBar';
import styles from './GlossaryView.module.css';

/** Every term with its definition, its name in the other language, and where it first appears. */
export function GlossaryView({ lang, firstUses }: { lang: Locale; firstUses: Map<string, FirstUse> }) {
  const other = otherLocale(lang);
  return (
    <>
      <TopBar lang={lang} slugPath="/glossary" />
      <main id="main" className={styles.page}>
        <h1>{t(lang, 'glossary')}</h1>
        <p className={styles.intro}>{t(lang, 'glossaryIntro')}</p>
        <dl className={styles.list}>
          {glossary.map((term) => {
            const use = firstUses.get(term.id);
            return (
              <div key={term.id} id={term.id} className={styles.entry}>
                <dt>
                  <span className={styles.name}>{term[lang].name}</span>{' '}
                  <span className={styles.other} lang={htmlLang[other]}>
                    {term[other].name}
                  </span>
                </dt>
                <dd>
                  <p>{term[lang].definition}</p>
                  {use ? (
                    <p className={styles.where}>
                      {t(lang, 'firstAppears')}{' '}
                      <IntentLink href={`/${lang}/${use.slug}${use.section ? `#${use.section}` : ''}`}>
                        {t(lang, 'chapter', { n: use.order })} · {use.title}
                      </IntentLink>
                    </p>
                  ) : null}
                </dd>
              </div>
            );
          })}
        </dl>
      </main>
    </>
  );
}
