import { chapterIndex, readChapterSource } from '../content/chapters';
import { glossary } from '../glossary/terms';
import { locales } from '../i18n';
import { chapterSections, type SearchSection } from './sections';

/** Every section of every chapter, and every glossary entry, in both languages. */
export function collectSearchSections(): SearchSection[] {
  const sections: SearchSection[] = [];
  for (const lang of locales) {
    for (const meta of chapterIndex()[lang]) {
      const { body } = readChapterSource(meta.slug, lang);
      sections.push(...chapterSections(body, { lang, slug: meta.slug, title: meta.title }));
    }
    const glossaryTitle = lang === 'zh' ? '术语表' : 'Glossary';
    for (const term of glossary) {
      sections.push({
        id: `${lang}/glossary#${term.id}`,
        lang,
        slug: 'glossary',
        chapterTitle: glossaryTitle,
        section: term.id,
        heading: term[lang].name,
        text: term[lang].definition,
        terms: `${term.zh.name} ${term.en.name}`,
      });
    }
  }
  return sections;
}
