import { findTerm } from '../glossary/terms';
import { texToText } from './texText';

/** One searchable piece of a chapter: a section's heading and plain text. */
export interface SearchSection {
  id: string;
  lang: 'zh' | 'en';
  slug: string;
  chapterTitle: string;
  section: string;
  heading: string;
  text: string;
  /** Names of the glossary terms this section marks, in both languages. */
  terms: string;
}

/**
 * Plain text of each `##` section of an MDX chapter body, for searching. Speaker notes, and the
 * answers of checks and predictions (a snippet must not give them away), are left out; the
 * glossary terms a section marks are indexed in both languages, so a search in one language
 * also finds the other language's chapter.
 */
export function chapterSections(body: string, meta: { lang: 'zh' | 'en'; slug: string; title: string }): SearchSection[] {
  const withoutNotes = body.replace(/<(Notes|Explain|Outcome)>[\s\S]*?<\/\1>/g, ' ');
  const parts = withoutNotes.split(/^## (.*?)\s*\{#([a-z0-9-]+)\}\s*$/m);
  const sections: SearchSection[] = [];
  for (let i = 1; i + 2 < parts.length; i += 3) {
    const [heading, section, content] = [parts[i] ?? '', parts[i + 1] ?? '', parts[i + 2] ?? ''];
    const termIds = [...content.matchAll(/<Term id="([a-z0-9-]+)"/g)].map((m) => m[1]!);
    const terms = [...new Set(termIds)]
      .map(findTerm)
      .flatMap((term) => (term ? [term.zh.name, term.en.name] : []))
      .join(' ');
    sections.push({
      id: `${meta.lang}/${meta.slug}#${section}`,
      lang: meta.lang,
      slug: meta.slug,
      chapterTitle: meta.title,
      section,
      heading,
      text: plain(content),
      terms,
    });
  }
  return sections;
}

/** MDX to readable text: tags and attributes dropped, hints kept, math as plain symbols. */
function plain(mdx: string): string {
  return mdx
    .replace(/\$\$([\s\S]*?)\$\$|\$([^$\n]+?)\$/g, (_, block?: string, inline?: string) => ` ${texToText(block ?? inline ?? '')} `)
    .replace(/hint="([^"]*)"/g, ' $1 ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/[*_`>#|]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
