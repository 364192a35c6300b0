import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { isLocale, t } from '@/lib/i18n';
import { chapterParams, findChapter } from '@/lib/content/chapters';
import { compileChapter } from '@/components/mdx/compile.server';
import { ChapterView } from '@/components/chapter/ChapterView';

export const dynamicParams = false;

export const generateStaticParams = chapterParams;

type Params = Promise<{ lang: string; slug: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { lang, slug } = await params;
  const meta = findChapter(lang, slug);
  if (!meta || !isLocale(lang)) return {};
  return {
    title: `${meta.title} · ${t(lang, 'bookTitle')}`,
    description: meta.summary,
    alternates: { languages: { 'zh-CN': `/zh/${slug}`, en: `/en/${slug}` } },
  };
}

export default async function ChapterPage({ params }: { params: Params }) {
  const { lang, slug } = await params;
  if (!isLocale(lang) || !findChapter(lang, slug)) notFound();
  const chapter = await compileChapter(slug, lang);
  return <ChapterView chapter={chapter} lang={lang} />;
}
