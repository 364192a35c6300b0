import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { isLocale, locales, t } from '@/lib/i18n';
import { chapterIndex } from '@/lib/content/chapters';
import { compileChapter } from '@/lib/content/compile.server';
import { ChapterView } from '@/components/chapter/ChapterView';

export const dynamicParams = false;

export function generateStaticParams() {
  const index = chapterIndex();
  return locales.flatMap((lang) => index[lang].map(({ slug }) => ({ lang, slug })));
}

type Params = Promise<{ lang: string; slug: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { lang, slug } = await params;
  if (!isLocale(lang)) return {};
  const meta = chapterIndex()[lang].find((chapter) => chapter.slug === slug);
  if (!meta) return {};
  return {
    title: `${meta.title} · ${t(lang, 'bookTitle')}`,
    description: meta.summary,
    alternates: { languages: { 'zh-CN': `/zh/${slug}`, en: `/en/${slug}` } },
  };
}

export default async function ChapterPage({ params }: { params: Params }) {
  const { lang, slug } = await params;
  if (!isLocale(lang) || !chapterIndex()[lang].some((chapter) => chapter.slug === slug)) notFound();
  const chapter = await compileChapter(slug, lang);
  return <ChapterView chapter={chapter} lang={lang} />;
}
