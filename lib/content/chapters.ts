import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { isLocale, locales, type Locale } from '../i18n';
import { parseFrontmatter, type Frontmatter } from './schema';

/** Where chapter folders live; each holds zh.mdx and en.mdx. */
export const contentDir = path.join(/*turbopackIgnore: true*/ process.cwd(), 'content');

/** A chapter in one language: what the cover and navigation need, without compiling it. */
export interface ChapterMeta extends Frontmatter {
  slug: string;
  lang: Locale;
  /** Path relative to the project root, for error messages. */
  file: string;
}

export function chapterFile(slug: string, lang: Locale, dir = contentDir): string {
  return path.join(dir, slug, `${lang}.mdx`);
}

/** Chapter folders: every directory under content/ (files such as schema.ts are skipped). */
export function listChapterSlugs(dir = contentDir): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_'))
    .map((entry) => entry.name)
    .sort();
}

/** Reads and validates one chapter's source; throws naming the file if it is missing or invalid. */
export function readChapterSource(slug: string, lang: Locale, dir = contentDir) {
  const file = chapterFile(slug, lang, dir);
  const shown = path.relative(process.cwd(), file);
  if (!fs.existsSync(file)) {
    throw new Error(`${shown} is missing: every chapter needs both zh.mdx and en.mdx`);
  }
  const source = fs.readFileSync(file, 'utf8');
  const { data, content } = matter(source);
  return { meta: { ...parseFrontmatter(data, shown), slug, lang, file: shown }, source, body: content };
}

/**
 * Every chapter in both languages, in reading order. Throws if a language is
 * missing, a frontmatter field is bad, or the two languages disagree on order.
 */
export function loadChapterIndex(dir = contentDir): Record<Locale, ChapterMeta[]> {
  const index = { zh: [] as ChapterMeta[], en: [] as ChapterMeta[] };
  for (const slug of listChapterSlugs(dir)) {
    for (const lang of locales) index[lang].push(readChapterSource(slug, lang, dir).meta);
    const [zh, en] = [index.zh.at(-1)!, index.en.at(-1)!];
    if (zh.order !== en.order) {
      throw new Error(`${en.file}: "order" is ${en.order} but ${zh.file} says ${zh.order}`);
    }
  }
  for (const lang of locales) {
    index[lang].sort((a, b) => a.order - b.order);
    const seen = new Map<number, string>();
    for (const chapter of index[lang]) {
      const other = seen.get(chapter.order);
      if (other) throw new Error(`${chapter.file}: "order" ${chapter.order} is also used by ${other}`);
      seen.set(chapter.order, chapter.file);
    }
  }
  return index;
}

let cached: Record<Locale, ChapterMeta[]> | undefined;

/** The chapter index, read once per server process. */
export function chapterIndex(): Record<Locale, ChapterMeta[]> {
  cached ??= loadChapterIndex();
  return cached;
}

/** The chapters before and after `slug`, for previous/next links. */
export function neighbours(lang: Locale, slug: string) {
  const list = chapterIndex()[lang];
  const at = list.findIndex((chapter) => chapter.slug === slug);
  return { previous: at > 0 ? list[at - 1] : undefined, next: at >= 0 ? list[at + 1] : undefined };
}

/** Every { lang, slug } a chapter route prerenders (reading page and slides alike). */
export function chapterParams(): { lang: Locale; slug: string }[] {
  const index = chapterIndex();
  return locales.flatMap((lang) => index[lang].map(({ slug }) => ({ lang, slug })));
}

/** The chapter at an address, or undefined when the language or the slug is unknown. */
export function findChapter(lang: string, slug: string): ChapterMeta | undefined {
  return isLocale(lang) ? chapterIndex()[lang].find((chapter) => chapter.slug === slug) : undefined;
}
