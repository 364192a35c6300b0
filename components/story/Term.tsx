import type { ReactNode } from 'react';
import { findTerm } from '@/lib/glossary/terms';
import { otherLocale, htmlLang, type Locale } from '@/lib/i18n';
import { TermCard } from './TermCard';

/**
 * A glossary term in the prose: a link to its entry, with a small card (hover, focus or
 * tap) that gives the definition and the term's name in the other language. The words
 * are looked up here, on the server, so the page carries only the terms it uses.
 */
export function Term({ id, lang, children }: { id: string; lang: Locale; children: ReactNode }) {
  const entry = findTerm(id);
  if (!entry) return <>{children}</>;
  const other = otherLocale(lang);
  return (
    <TermCard
      id={id}
      href={`/${lang}/glossary#${id}`}
      definition={entry[lang].definition}
      otherName={entry[other].name}
      otherLang={htmlLang[other]}
    >
      {children}
    </TermCard>
  );
}
