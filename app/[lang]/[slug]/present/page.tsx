import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { isLocale, t } from '@/lib/i18n';
import { chapterParams, findChapter } from '@/lib/content/chapters';
import { compileChapter } from '@/components/mdx/compile.server';
import { MdxContent } from '@/components/mdx/MdxContent';
import { ClassDeck } from '@/components/classroom/ClassDeck';
import { Slide } from '@/components/present/Slide';
import { SlideBody } from '@/components/present/SlideBody';
import { TitleCard } from '@/components/present/TitleCard';
import { words } from '@/components/present/words';

export const dynamicParams = false;

export const generateStaticParams = chapterParams;

type Params = Promise<{ lang: string; slug: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { lang, slug } = await params;
  const meta = findChapter(lang, slug);
  if (!meta || !isLocale(lang)) return {};
  return {
    title: `${meta.title} · ${words[lang].slides} · ${t(lang, 'bookTitle')}`,
    description: meta.summary,
    alternates: { languages: { 'zh-CN': `/zh/${slug}/present`, en: `/en/${slug}/present` } },
  };
}

/** A chapter as slides: the same compiled MDX as the reading page, inside the deck. */
export default async function PresentPage({ params }: { params: Params }) {
  const { lang, slug } = await params;
  if (!isLocale(lang) || !findChapter(lang, slug)) notFound();
  const { meta, code, slides } = await compileChapter(slug, lang);
  return (
    <ClassDeck lang={lang} slug={slug} steps={[0, ...slides.map((slide) => slide.steps)]}>
      <Slide index="0" section="title" title={meta.title} part="1">
        <SlideBody>
          <TitleCard lang={lang} order={meta.order} title={meta.title} summary={meta.summary} />
        </SlideBody>
      </Slide>
      <MdxContent code={code} lang={lang} chapter={slug} />
    </ClassDeck>
  );
}
