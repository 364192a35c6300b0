import type { Locale } from '../i18n';
import { chapterIndex } from './chapters';
import type { CompiledChapter } from './compile';

/** Where a reader first meets a term: the chapter and section. */
export interface FirstUse {
  slug: string;
  order: number;
  title: string;
  section: string | null;
}

/**
 * For every term a chapter marks, the first chapter (in reading order) and section that uses it;
 * `compileChapter` is the book's compiler (it knows the widgets).
 */
export async function firstUses(lang: Locale, compileChapter: (slug: string, lang: Locale) => Promise<CompiledChapter>): Promise<Map<string, FirstUse>> {
  const uses = new Map<string, FirstUse>();
  for (const meta of chapterIndex()[lang]) {
    const { terms } = await compileChapter(meta.slug, lang);
    for (const use of terms) {
      if (!uses.has(use.id)) uses.set(use.id, { slug: meta.slug, order: meta.order, title: meta.title, section: use.section });
    }
  }
  return uses;
}
